import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CodingTop } from '@/components/coding/CodingTop';
import { RemoveForm } from '@/components/coding/RemoveForm';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { fieldsOfItem, itemKey, PART_WORDS } from '@/lib/coding';
import { firstParam } from '@/lib/pages/access';
import { codingItemHref, evidenceHref, workspaceDatasetHref } from '@/lib/url/routes';
import { codingContext, formState } from '../../coding';
import { isPagedPart, ItemForm } from '../../itemForm';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Edit' };

type Props = {
  params: Promise<{ dataset: string; part: string; key: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Edits a party, issue or round, or a cell's position (party × issue × round; a new one when not coded yet). */
/** How the remove box names an item: its name, title or label, else its key. */
function itemWords(part: string, item: Record<string, unknown>): string {
  const named = item.name ?? item.title ?? item.label ?? item.summary;
  return typeof named === 'string' && named !== ''
    ? named
    : `${part} ${itemKey(part as never, item)}`;
}

export default async function EditItemPage({ params, searchParams }: Props) {
  const { dataset: id, part, key: steps } = await params;
  if (!isPagedPart(part) || part === 'sources') notFound();
  const key = steps.map((s) => decodeURIComponent(s)).join('/');
  const ctx = await codingContext(id, codingItemHref(id, part, key));
  const { user } = ctx.session;
  const d = ctx.dataset;
  const lists: Record<string, readonly object[]> = {
    positions: d.positions,
    parties: d.parties,
    issues: d.issues,
    rounds: d.rounds,
    events: d.events,
    outcomes: d.outcomes ?? [],
    delegations: d.delegations ?? [],
  };
  const list = (lists[part] ?? []) as Record<string, unknown>[];
  const item = list.find((i) => itemKey(part, i) === key);
  let cellWords = '';
  let cellHref: string | undefined;
  let removeWords: string | undefined;
  let stored: Record<string, string>;
  if (part === 'positions') {
    const [party, issue, round] = steps.map((s) => decodeURIComponent(s));
    const p = d.parties.find((x) => x.id === party);
    const i = d.issues.find((x) => x.id === issue);
    const r = d.rounds.find((x) => x.id === round);
    if (steps.length !== 3 || !p || !i || !r) notFound();
    cellWords = `${p.name} on “${i.title}” in ${r.label}. The scale: 0 = ${i.scale.zero}; 100 = ${i.scale.hundred}.`;
    stored = item ? fieldsOfItem(item) : { party: p.id, issue: i.id, round: r.id };
    removeWords = `the position of ${p.name} on “${i.title}” in ${r.label}`;
    if (item) cellHref = evidenceHref(id, i.id, p.id, `?round=${encodeURIComponent(r.id)}`);
  } else {
    if (!item) notFound();
    stored = fieldsOfItem(item);
  }
  const title = part === 'positions' ? 'Position' : `Edit ${PART_WORDS[part].one} ${key}`;
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title={title} />;
  const query = await searchParams;
  const state = await formState(ctx, query, stored);
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: workspaceDatasetHref(id), words: 'Coding home' }}
        datasetTitle={d.title}
        saved={firstParam(query.saved)}
        lost={state.lost}
      />
      <h1>{title}</h1>
      {cellHref ? (
        <p className="small">
          <Link href={cellHref}>The cell&apos;s evidence page: its review and history</Link>
        </p>
      ) : null}
      <ItemForm ctx={ctx} part={part} state={state} create={false} cellWords={cellWords} />
      {item ? (
        <RemoveForm
          datasetId={id}
          part={part}
          itemKey={key}
          words={removeWords ?? itemWords(part, item)}
          baseRevision={state.baseRevision}
          errors={state.errors}
        />
      ) : null}
    </>
  );
}
