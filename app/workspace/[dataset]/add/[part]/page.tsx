import { notFound } from 'next/navigation';
import { CodingTop } from '@/components/coding/CodingTop';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { PART_WORDS } from '@/lib/coding';
import { codingAddHref, workspaceDatasetHref } from '@/lib/url/routes';
import { codingContext, formState } from '../../coding';
import { isPagedPart, ItemForm } from '../../itemForm';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Add' };

type Props = {
  params: Promise<{ dataset: string; part: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Adds a source, party, issue or round to a workspace dataset (positions are added from their cell). */
export default async function AddItemPage({ params, searchParams }: Props) {
  const { dataset: id, part } = await params;
  if (!isPagedPart(part) || part === 'positions') notFound();
  const ctx = await codingContext(id, codingAddHref(id, part));
  const { user } = ctx.session;
  const title = `Add ${PART_WORDS[part].a}`;
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title={title} />;
  const state = await formState(ctx, await searchParams, {});
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: workspaceDatasetHref(id), words: 'Coding home' }}
        datasetTitle={ctx.dataset.title}
        lost={state.lost}
      />
      <h1>{title}</h1>
      <ItemForm ctx={ctx} part={part} state={state} create />
    </>
  );
}
