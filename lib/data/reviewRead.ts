import type { ReviewState } from '@/lib/review/state';
import { APP_ACCESS, type AccessContext } from './access';
import type { DatasetEntry } from './entry';
import { parseVersion } from './workspace/hash';
import { cellReviewRecord, datasetReviewStates, type CellReviewRecord } from './workspace/reviews';

// What read pages need of review (docs/workspace-review.md): a workspace dataset's review states
// at the version shown, and one cell's record. Folder datasets have none (undefined). A workspace
// that cannot be reached reads as no review information rather than failing the page.

/** The revision a workspace entry shows, or undefined for a folder dataset. */
export function entryRevision(entry: DatasetEntry): number | undefined {
  return entry.home === 'workspace' ? parseVersion(entry.version)?.revision : undefined;
}

/** The review state of every position cell of a workspace entry at its version; undefined for a folder. */
export async function reviewStatesOf(
  entry: DatasetEntry,
  ctx: AccessContext = APP_ACCESS,
): Promise<Map<string, ReviewState> | undefined> {
  const revision = entryRevision(entry);
  if (revision === undefined) return undefined;
  try {
    const ws = await ctx.open();
    return ws ? await datasetReviewStates(ws.db, entry.id, revision) : undefined;
  } catch (error) {
    console.warn(`review: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** One cell's codings and review events at a workspace entry's version; undefined for a folder. */
export async function cellReviewOf(
  entry: DatasetEntry,
  cell: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<CellReviewRecord | undefined> {
  const revision = entryRevision(entry);
  if (revision === undefined) return undefined;
  try {
    const ws = await ctx.open();
    return ws ? await cellReviewRecord(ws.db, entry.id, cell, revision) : undefined;
  } catch (error) {
    console.warn(`review: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
