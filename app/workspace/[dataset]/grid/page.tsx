import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditingGrid } from '@/components/coding/EditingGrid';
import { AccessBar } from '@/components/workspace/AccessBar';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { ProblemList } from '@/components/ProblemList';
import { hasRole } from '@/lib/auth/roles';
import { datasetStore } from '@/lib/data';
import { reviewStatesOf } from '@/lib/data/reviewRead';
import { editingGridRows } from '@/lib/matrix/grid';
import { buildMatrix } from '@/lib/matrix/model';
import { parseViewState, type SearchParams } from '@/lib/url/query';
import { editingGridHref, matrixHref, workspaceDatasetHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { signedInOrRedirect } from '../../pageSession';

export const metadata = { title: 'Editing grid' };

/**
 * The matrix of a workspace dataset in edit mode (coder and above): the same rows, order and
 * round choice as the read matrix, in a client grid where Enter opens a cell's editor.
 */
export default async function EditingGridPage({
  params,
  searchParams,
}: {
  params: Promise<{ dataset: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id } = await params;
  const session = await signedInOrRedirect(editingGridHref(id));
  const { email, role } = session.user;
  if (!hasRole(role, 'coder'))
    return (
      <>
        <AccessBar email={email} role={role} />
        <NeedsRole needed="coder" role={role} title="Editing grid" />
      </>
    );
  const entry = await datasetStore().get(id);
  if (!entry || entry.home !== 'workspace') notFound();
  if (!entry.dataset)
    return (
      <>
        <AccessBar email={email} role={role} />
        <h1>Editing grid: {id} has errors</h1>
        <ProblemList problems={entry.problems} limit={100} />
      </>
    );
  const dataset = entry.dataset;
  const { state } = parseViewState(await searchParams, dataset);
  const model = buildMatrix(dataset, state);
  const rows = editingGridRows(dataset.id, model, (await reviewStatesOf(entry)) ?? new Map());
  const parties = model.columns.map((c) => ({ id: c.party.id, name: c.party.shortName }));
  return (
    <>
      <AccessBar email={email} role={role} />
      <p className="small">
        <Link href={workspaceDatasetHref(dataset.id)}>← {dataset.title}</Link> ·{' '}
        <Link href={matrixHref(dataset.id)}>Read view</Link>
      </p>
      <h1>Editing grid</h1>
      <p className="muted small">
        Each cell shows its review state. Positions in force at {model.round.label} (
        {formatDate(model.round.date)}), version {entry.version}. Move with the arrow keys (Home,
        End, Page Up and Page Down too); Enter opens the cell&apos;s editor, where every save asks a
        reason and becomes a revision. Tab leaves the grid.
      </p>
      {dataset.rounds.length > 1 ? (
        <form method="get" className="small">
          <label>
            Round{' '}
            <select name="round" defaultValue={model.round.id}>
              {dataset.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.label} ({formatDate(r.date)})
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit">Show</button>
        </form>
      ) : null}
      <EditingGrid
        rows={rows}
        parties={parties}
        caption={`${dataset.title}: issues × parties at ${model.round.label}`}
      />
    </>
  );
}
