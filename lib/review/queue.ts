import {
  isDecision,
  reviewStateOf,
  samePerson,
  type LatestChange,
  type ReviewEvent,
} from './state';

// The review queue of a workspace dataset (docs/workspace-review.md): every cell that still needs
// someone, in the order it should be taken up. Pure: the store reads the changes and events.

/** A cell's latest change, with when it was saved. */
export interface TimedChange extends LatestChange {
  /** ISO time of the revision. */
  time: string;
}

/** One cell waiting for a reviewer (awaiting) or for its coder (challenged). */
export interface QueueItem {
  /** `party/issue/round`. */
  cell: string;
  state: 'awaiting' | 'challenged';
  change: TimedChange;
  /** The reader made the latest change: another reviewer must approve it. */
  yours: boolean;
  /** A challenged cell's challenge (the latest decision). */
  challenge?: ReviewEvent;
  /** A comment was recorded after the challenge (the coder answered). */
  answered: boolean;
  /** An awaiting cell that was challenged before, and changed since: the fix to look at. */
  changedAfterChallenge: boolean;
}

/** What is left to do in a dataset, and how much is done. */
export interface ReviewQueue {
  /** Others' changes first (the reader may approve those), each group oldest first. */
  awaiting: QueueItem[];
  /** Unanswered first, each group oldest challenge first. */
  challenged: QueueItem[];
  approved: number;
}

/**
 * The queue from each cell's latest change and all the dataset's review events, read by `reader`
 * (an email): awaiting cells the reader did not change come first, since those are theirs to
 * decide; challenged cells without an answer come before answered ones.
 */
export function reviewQueue(
  latest: ReadonlyMap<string, TimedChange>,
  events: readonly ReviewEvent[],
  reader: string,
): ReviewQueue {
  const byCell = new Map<string, ReviewEvent[]>();
  for (const e of events) byCell.set(e.cell, [...(byCell.get(e.cell) ?? []), e]);
  const awaiting: QueueItem[] = [];
  const challenged: QueueItem[] = [];
  let approved = 0;
  for (const [cell, change] of latest) {
    const own = byCell.get(cell) ?? [];
    const state = reviewStateOf(change.revision, own);
    if (state === 'approved') {
      approved += 1;
      continue;
    }
    const decisions = own.filter((e) => isDecision(e.kind));
    const lastDecision = decisions[decisions.length - 1];
    const item: QueueItem = {
      cell,
      state,
      change,
      yours: samePerson(change.author, reader),
      answered: false,
      changedAfterChallenge: false,
    };
    if (state === 'challenged' && lastDecision) {
      item.challenge = lastDecision;
      item.answered = own.some((e) => e.kind === 'comment' && e.id > lastDecision.id);
      challenged.push(item);
    } else {
      item.changedAfterChallenge = lastDecision?.kind === 'challenge';
      awaiting.push(item);
    }
  }
  awaiting.sort(
    (a, b) => Number(a.yours) - Number(b.yours) || a.change.revision - b.change.revision,
  );
  challenged.sort(
    (a, b) => Number(a.answered) - Number(b.answered) || a.challenge!.id - b.challenge!.id,
  );
  return { awaiting, challenged, approved };
}
