import { asc, inArray } from 'drizzle-orm';
import type { WorkspaceDb } from './db';
import { dumpPeople, peopleRestoreProblem, restorePeople, type PeopleDump } from './dumpPeople';
import { contentHash } from './hash';
import { applyEdits, datasetJson, emptyState, type RecordedEdit } from './parts';
import { revisionsAfter, type Revision } from './revisions';
import { datasets, revisions } from './schema';
import { checkState } from './state';

/** What a dump file says it is. */
export const DUMP_FORMAT = 'negotiation-positions-workspace';

/**
 * A whole-workspace backup, restorable on either engine: every dataset with every revision and,
 * from format version 2, the users (with password hashes), the audit log and every review
 * (`PeopleDump`). Version 1 files (datasets only) still restore.
 */
export interface WorkspaceDump extends Partial<PeopleDump> {
  format: typeof DUMP_FORMAT;
  formatVersion: 1 | 2;
  createdAt: string;
  datasets: { id: string; revisions: Omit<Revision, 'dataset'>[] }[];
}

/** Every dataset and revision in the workspace. */
export async function dumpWorkspace(ws: WorkspaceDb): Promise<WorkspaceDump> {
  const rows = await ws.db.select({ id: datasets.id }).from(datasets).orderBy(asc(datasets.id));
  const out: WorkspaceDump['datasets'] = [];
  for (const { id } of rows) {
    const all = await revisionsAfter(ws.db, id, 0);
    out.push({ id, revisions: all.map(withoutDataset) });
  }
  return {
    format: DUMP_FORMAT,
    formatVersion: 2,
    createdAt: new Date().toISOString(),
    datasets: out,
    ...(await dumpPeople(ws.db)),
  };
}

function withoutDataset(revision: Revision): Omit<Revision, 'dataset'> {
  const copy: Partial<Revision> = { ...revision };
  delete copy.dataset;
  return copy as Omit<Revision, 'dataset'>;
}

/** What a restore did, or why it did nothing. */
export type RestoreResult =
  | { ok: true; datasets: number; revisions: number; users: number; reviews: number; audit: number }
  | { ok: false; message: string };

/**
 * Restores a dump into the workspace, all in one transaction: each dataset is rebuilt by
 * replaying its revisions, every revision must give the content hash it recorded, and the last
 * must validate. Refused whole when a dataset id is already in the workspace.
 */
export async function restoreWorkspace(ws: WorkspaceDb, dump: unknown): Promise<RestoreResult> {
  const d = dump as Partial<WorkspaceDump> | null;
  if (
    !d ||
    d.format !== DUMP_FORMAT ||
    (d.formatVersion !== 1 && d.formatVersion !== 2) ||
    !Array.isArray(d.datasets)
  )
    return { ok: false, message: `not a workspace dump (format "${DUMP_FORMAT}", version 1 or 2)` };
  const people: PeopleDump =
    d.formatVersion === 2
      ? { users: d.users ?? [], audit: d.audit ?? [], reviews: d.reviews ?? [] }
      : { users: [], audit: [], reviews: [] };
  const rebuilt: { row: typeof datasets.$inferInsert; revs: (typeof revisions.$inferInsert)[] }[] =
    [];
  for (const set of d.datasets) {
    let state = emptyState();
    const revs: (typeof revisions.$inferInsert)[] = [];
    let last = '';
    let lastTime = new Date(0);
    for (const [i, rev] of set.revisions.entries()) {
      if (rev.number !== i + 1)
        return { ok: false, message: `${set.id}: revisions must be numbered 1, 2, 3...` };
      const applied = applyEdits(state, rev.edits as RecordedEdit[]);
      state = applied.state;
      const hash = contentHash(datasetJson(set.id, state), state.texts);
      if (applied.problems.length || hash !== rev.hash)
        return {
          ok: false,
          message: `${set.id}: revision ${rev.number} does not replay to its recorded content`,
        };
      last = hash;
      lastTime = new Date(rev.time);
      revs.push({
        datasetId: set.id,
        number: rev.number,
        author: rev.author,
        createdAt: lastTime,
        reason: rev.reason,
        change: JSON.stringify({ edits: rev.edits }),
        contentHash: hash,
      });
    }
    if (!revs.length) return { ok: false, message: `${set.id}: has no revisions` };
    const check = checkState(set.id, state);
    if (!check.ok)
      return {
        ok: false,
        message: `${set.id}: the last revision does not validate (${check.problems[0]?.path} ${check.problems[0]?.message})`,
      };
    const row = {
      id: set.id,
      revision: revs.length,
      dataset: JSON.stringify(datasetJson(set.id, state)),
      texts: JSON.stringify(state.texts),
      contentHash: last,
      updatedAt: lastTime,
    };
    rebuilt.push({ row, revs });
  }
  return ws.db.transaction(async (tx) => {
    const ids = rebuilt.map((r) => r.row.id);
    const taken = ids.length
      ? await tx.select({ id: datasets.id }).from(datasets).where(inArray(datasets.id, ids))
      : [];
    if (taken.length)
      return {
        ok: false as const,
        message: `the workspace already has ${taken.map((t) => t.id).join(', ')}; restore into an empty workspace`,
      };
    const problem = await peopleRestoreProblem(tx, people, new Set(ids));
    if (problem) return { ok: false as const, message: problem };
    let count = 0;
    for (const { row, revs } of rebuilt) {
      await tx.insert(datasets).values(row);
      // In batches, so a long history does not make one huge statement.
      for (let i = 0; i < revs.length; i += 200)
        await tx.insert(revisions).values(revs.slice(i, i + 200));
      count += revs.length;
    }
    await restorePeople(tx, people);
    return {
      ok: true as const,
      datasets: rebuilt.length,
      revisions: count,
      users: people.users.length,
      reviews: people.reviews.length,
      audit: people.audit.length,
    };
  });
}
