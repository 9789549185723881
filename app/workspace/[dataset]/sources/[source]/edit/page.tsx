import { notFound } from 'next/navigation';
import { CodingTop } from '@/components/coding/CodingTop';
import { RemoveForm } from '@/components/coding/RemoveForm';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { fieldsOfItem } from '@/lib/coding';
import { firstParam } from '@/lib/pages/access';
import { codingItemHref, codingSourceHref } from '@/lib/url/routes';
import { codingContext, formState } from '../../../coding';
import { ItemForm } from '../../../itemForm';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Edit source' };

type Props = {
  params: Promise<{ dataset: string; source: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Edits a workspace source: its details and its text (pasted or uploaded, kept exactly). */
export default async function EditSourcePage({ params, searchParams }: Props) {
  const { dataset: id, source: sourceId } = await params;
  const ctx = await codingContext(id, codingItemHref(id, 'sources', sourceId));
  const { user } = ctx.session;
  const source = ctx.dataset.sources.find((s) => s.id === sourceId);
  if (!source) notFound();
  const title = `Edit source ${source.id}`;
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title={title} />;
  const query = await searchParams;
  const state = await formState(ctx, query, {
    ...fieldsOfItem(source),
    text: ctx.sourceTexts.get(source.file) ?? '',
  });
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: codingSourceHref(id, source.id), words: 'The source' }}
        datasetTitle={ctx.dataset.title}
        saved={firstParam(query.saved)}
        lost={state.lost}
      />
      <h1>{title}</h1>
      <ItemForm ctx={ctx} part="sources" state={state} create={false} />
      <RemoveForm
        datasetId={id}
        part="sources"
        itemKey={source.id}
        words={source.title}
        baseRevision={state.baseRevision}
        errors={state.errors}
      />
    </>
  );
}
