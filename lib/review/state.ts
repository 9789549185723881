import { z } from 'zod';

// Review of workspace codings (docs/workspace-review.md): pure, so pages, the store and tests
// share one reading of "awaiting", "challenged" and "approved".

/** What a review event is: a reviewer's decision (approve, challenge) or anyone's comment or answer. */
export const reviewKindSchema = z.enum(['approve', 'challenge', 'comment'], {
  error: 'must be one of approve, challenge, comment',
});

/** approve | challenge | comment. */
export type ReviewKind = z.infer<typeof reviewKindSchema>;

/** A cell's review state: a matrix filter value and a CSV column. */
export const reviewStateSchema = z.enum(['awaiting', 'challenged', 'approved']);

/** awaiting | challenged | approved. */
export type ReviewState = z.infer<typeof reviewStateSchema>;

/** One change of a cell, as its revision recorded it. */
export interface CellChange {
  /** The revision that changed the cell. */
  revision: number;
  author: string;
  /** ISO time. */
  time: string;
  reason: string;
  /** The position before and after (null: none). */
  before: unknown;
  after: unknown;
}

/** One recorded review event of a cell. */
export interface ReviewEvent {
  /** Increasing in the order events were recorded. */
  id: number;
  /** The cell's key, `party/issue/round`. */
  cell: string;
  kind: ReviewKind;
  author: string;
  /** ISO time. */
  time: string;
  /** The revision of the cell's coding the event is about (its latest change when recorded). */
  revision: number;
  /** The comment (required for a challenge; may be empty for an approval). */
  text: string;
}

/** True for the kinds that decide a cell's state (a comment or an answer does not). */
export function isDecision(kind: ReviewKind): boolean {
  return kind === 'approve' || kind === 'challenge';
}

/**
 * A cell's review state from the revision of its latest change and its events: the latest
 * decision about that change or a later revision (approve → approved, challenge → challenged);
 * none, or only decisions about earlier codings → awaiting. A change after a decision makes the
 * cell await review again; comments and answers never change the state.
 */
export function reviewStateOf(
  latestChange: number,
  events: readonly Pick<ReviewEvent, 'id' | 'kind' | 'revision'>[],
): ReviewState {
  let latest: Pick<ReviewEvent, 'id' | 'kind'> | undefined;
  for (const event of events)
    if (isDecision(event.kind) && event.revision >= latestChange)
      if (!latest || event.id > latest.id) latest = event;
  if (!latest) return 'awaiting';
  return latest.kind === 'approve' ? 'approved' : 'challenged';
}

/** The review state of every cell that has a change, from each cell's latest change and all events. */
export function reviewStates(
  latestChanges: ReadonlyMap<string, number>,
  events: readonly ReviewEvent[],
): Map<string, ReviewState> {
  const byCell = new Map<string, ReviewEvent[]>();
  for (const event of events) {
    const list = byCell.get(event.cell);
    if (list) list.push(event);
    else byCell.set(event.cell, [event]);
  }
  const out = new Map<string, ReviewState>();
  for (const [cell, revision] of latestChanges)
    out.set(cell, reviewStateOf(revision, byCell.get(cell) ?? []));
  return out;
}

/** Edits as revisions record them (only the fields this reads). */
interface EditLike {
  part: string;
  key: string;
}

/** The latest change of a cell: which revision, and whose. */
export interface LatestChange {
  revision: number;
  author: string;
}

/**
 * The latest change of each position cell, over revisions oldest first, up to `upTo`
 * (inclusive; all without it). A cell whose latest change removed it is left out.
 */
export function latestPositionChanges(
  revisions: readonly {
    number: number;
    author: string;
    edits: readonly (EditLike & { after: unknown })[];
  }[],
  upTo = Number.POSITIVE_INFINITY,
): Map<string, LatestChange> {
  const out = new Map<string, LatestChange>();
  for (const revision of revisions) {
    if (revision.number > upTo) continue;
    for (const edit of revision.edits) {
      if (edit.part !== 'positions') continue;
      if (edit.after === null) out.delete(edit.key);
      else out.set(edit.key, { revision: revision.number, author: revision.author });
    }
  }
  return out;
}

/** Every change of one position cell, oldest first, from revisions oldest first. */
export function cellChanges(
  cell: string,
  revisions: readonly {
    number: number;
    author: string;
    time: string;
    reason: string;
    edits: readonly (EditLike & { before: unknown; after: unknown })[];
  }[],
): CellChange[] {
  const out: CellChange[] = [];
  for (const r of revisions)
    for (const edit of r.edits)
      if (edit.part === 'positions' && edit.key === cell)
        out.push({
          revision: r.number,
          author: r.author,
          time: r.time,
          reason: r.reason,
          before: edit.before,
          after: edit.after,
        });
  return out;
}

/** The key of a position cell, `party/issue/round` (as the workspace keys positions). */
export function positionCellKey(party: string, issue: string, round: string): string {
  return `${party}/${issue}/${round}`;
}

/** The same person, whatever the case or spaces an email was written with. */
export function samePerson(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** How a view reads review: every cell's state, and whether it shows approved cells only. */
export interface EntryReview {
  /** Every position cell's state at the version read (`party/issue/round`). */
  states: ReadonlyMap<string, ReviewState>;
  /** True in a `?reviewed=only` view: the dataset read then holds approved positions only. */
  approvedOnly: boolean;
  /** How many of the dataset's coded positions are in each state (before any are left out). */
  counts: Record<ReviewState, number>;
}

/** The state of a position of the dataset (a cell with no recorded state awaits review). */
export function positionReviewState(
  states: ReadonlyMap<string, ReviewState>,
  position: { party: string; issue: string; round: string },
): ReviewState {
  return states.get(positionCellKey(position.party, position.issue, position.round)) ?? 'awaiting';
}

/** How many positions are in each review state. */
export function reviewCounts(
  positions: readonly { party: string; issue: string; round: string }[],
  states: ReadonlyMap<string, ReviewState>,
): Record<ReviewState, number> {
  const counts: Record<ReviewState, number> = { awaiting: 0, challenged: 0, approved: 0 };
  for (const position of positions) counts[positionReviewState(states, position)] += 1;
  return counts;
}

/** The positions a `?reviewed=only` view keeps: the approved ones. */
export function approvedPositions<P extends { party: string; issue: string; round: string }>(
  positions: readonly P[],
  states: ReadonlyMap<string, ReviewState>,
): P[] {
  return positions.filter((p) => positionReviewState(states, p) === 'approved');
}
