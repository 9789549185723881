import {
  approvedPositions,
  reviewCounts,
  type EntryReview,
  type ReviewState,
} from '@/lib/review/state';
import { APP_ACCESS, type AccessContext } from './access';
import type { DatasetEntry } from './entry';
import { parseVersion } from './workspace/hash';
import {
  cellReviewRecord,
  datasetReviewStates,
  reviewStamp,
  type CellReviewRecord,
} from './workspace/reviews';

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

// The review read of an entry, per entry and workspace review stamp: the states are read once per
// decision, and the entry handed on stays the same object (so the orientation and what-if memos
// keyed on it, and the analyses cached on its dataset, still hit).
const reviewed = new WeakMap<
  DatasetEntry,
  { stamp: string; plain: DatasetEntry; only?: DatasetEntry }
>();

/**
 * The entry with its review states (`review`), and with `approvedOnly` (`?reviewed=only`) its
 * dataset keeps approved positions only. Folder entries, invalid ones and a workspace that cannot
 * be reached come back as they are.
 */
export async function reviewedEntry(
  entry: DatasetEntry,
  approvedOnly: boolean,
  ctx: AccessContext = APP_ACCESS,
): Promise<DatasetEntry> {
  const revision = entryRevision(entry);
  if (revision === undefined || !entry.dataset) return entry;
  let known;
  try {
    const ws = await ctx.open();
    if (!ws) return entry;
    const stamp = await reviewStamp(ws.db);
    known = reviewed.get(entry);
    if (!known || known.stamp !== stamp) {
      const states = await datasetReviewStates(ws.db, entry.id, revision);
      if (!states) return entry;
      const review: EntryReview = {
        states,
        approvedOnly: false,
        counts: reviewCounts(entry.dataset.positions, states),
      };
      known = { stamp, plain: { ...entry, review } };
      reviewed.set(entry, known);
    }
  } catch (error) {
    console.warn(`review: ${error instanceof Error ? error.message : String(error)}`);
    return entry;
  }
  if (!approvedOnly) return known.plain;
  if (!known.only) {
    const review = known.plain.review!;
    const dataset = entry.dataset;
    known.only = {
      ...known.plain,
      dataset: { ...dataset, positions: approvedPositions(dataset.positions, review.states) },
      review: { ...review, approvedOnly: true },
    };
  }
  return known.only;
}
