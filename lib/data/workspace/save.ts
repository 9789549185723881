import { eq } from 'drizzle-orm';
import type { DatasetProblem } from '@/lib/model';
import type { WorkspaceDb } from './db';
import { contentHash, versionLabel } from './hash';
import { applyEdits, datasetJson, emptyState, type Edit } from './parts';
import {
  conflictsWith,
  datasetRow,
  refused,
  revisionsAfter,
  stateOfRow,
  type SaveOptions,
  type SaveResult,
} from './revisions';
import { datasets, revisions } from './schema';
import { checkState } from './state';

/** Test seams: called inside the write's transaction, just before it commits. */
export interface WorkspaceStoreOptions {
  beforeCommit?: () => Promise<void>;
}

/**
 * Writes a change as the next revision of a dataset in one transaction (a base revision of 0
 * creates the dataset). The dataset's row is locked first, so writers to one dataset queue; a
 * change is refused whole when an edit is malformed, when a revision after its base touched one
 * of its cells, or when the result does not validate; nothing is written then.
 */
export async function writeRevision(
  ws: WorkspaceDb,
  id: string,
  change: readonly Edit[],
  options: SaveOptions,
  hooks: WorkspaceStoreOptions = {},
): Promise<SaveResult> {
  const meta = checkMeta(options);
  if (meta.length) return refused(meta);
  const result = await ws.db.transaction(async (tx) => {
    const creating = options.baseRevision === 0;
    let current = 0;
    let state = emptyState();
    if (creating) {
      const taken = await datasetRow(tx, id);
      if (taken)
        return refused([{ path: 'id', message: `the workspace already has a dataset "${id}"` }]);
    } else {
      const row = await datasetRow(tx, id, true);
      if (!row) return refused([{ path: 'id', message: `the workspace has no dataset "${id}"` }]);
      current = row.revision;
      state = stateOfRow(row);
      if (options.baseRevision > current)
        return refused([
          { path: 'baseRevision', message: `is past the latest revision, ${current}` },
        ]);
      if (options.baseRevision < current) {
        const since = await revisionsAfter(tx, id, options.baseRevision);
        const conflicts = conflictsWith(change, since);
        if (conflicts.length)
          return refused(
            [
              {
                path: '',
                message: `refused: ${conflicts.length === 1 ? 'a cell this change touches was' : `${conflicts.length} cells this change touches were`} changed after revision ${options.baseRevision}`,
              },
            ],
            conflicts,
          );
      }
    }
    const applied = applyEdits(state, change);
    if (applied.problems.length) return refused(applied.problems);
    if (!applied.recorded.length) return refused([{ path: 'change', message: 'changes nothing' }]);
    const check = checkState(id, applied.state);
    if (!check.ok) return refused(check.problems);
    const json = datasetJson(id, applied.state);
    const hash = contentHash(json, applied.state.texts);
    const number = current + 1;
    const now = new Date();
    const row = {
      id,
      revision: number,
      dataset: JSON.stringify(json),
      texts: JSON.stringify(applied.state.texts),
      contentHash: hash,
      updatedAt: now,
    };
    if (creating) {
      const inserted = await tx
        .insert(datasets)
        .values(row)
        .onConflictDoNothing()
        .returning({ id: datasets.id });
      if (!inserted.length)
        return refused([{ path: 'id', message: `the workspace already has a dataset "${id}"` }]);
    } else await tx.update(datasets).set(row).where(eq(datasets.id, id));
    await tx.insert(revisions).values({
      datasetId: id,
      number,
      author: options.author,
      createdAt: now,
      reason: options.reason,
      change: JSON.stringify({ edits: applied.recorded }),
      contentHash: hash,
    });
    await hooks.beforeCommit?.();
    return { ok: true as const, revision: number, version: versionLabel(number, hash) };
  });
  return result;
}

function checkMeta(options: SaveOptions): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const author = typeof options.author === 'string' ? options.author.trim() : '';
  const reason = typeof options.reason === 'string' ? options.reason.trim() : '';
  if (!author) problems.push({ path: 'author', message: 'must name who makes the change' });
  else if (author.length > 200)
    problems.push({ path: 'author', message: 'must be at most 200 characters' });
  if (!reason) problems.push({ path: 'reason', message: 'must say why' });
  else if (reason.length > 2000)
    problems.push({ path: 'reason', message: 'must be at most 2,000 characters' });
  if (!Number.isInteger(options.baseRevision) || options.baseRevision < 0)
    problems.push({ path: 'baseRevision', message: 'must be a revision number' });
  return problems;
}
