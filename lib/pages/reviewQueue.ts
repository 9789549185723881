import { hasRole, type Role } from '@/lib/auth/roles';
import type { Dataset } from '@/lib/model';
import type { QueueItem, ReviewQueue } from '@/lib/review/queue';
import { evidenceHref } from '@/lib/url/routes';
import { count } from '@/lib/wording/numbers';
import { formatTime } from './changes';

/** One row of the review queue, in words. */
export interface QueueRow {
  cell: string;
  /** "Party A on “Ceasefire”, Round 2". */
  words: string;
  /** The cell's evidence page, where its review forms are. */
  href: string;
  /** "Revision 4 by cora@example.org, 16 May 2026, 09:00 UTC". */
  change: string;
  /** What is special about it for the reader, if anything. */
  note?: string;
  /** A challenged cell's challenge: its words, who and when. */
  challenge?: { text: string; by: string };
}

/** The queue page's content, ready to draw. */
export interface ReviewQueueView {
  /** The sentence at the top: how much is left, and what the reader can do about it. */
  summary: string;
  awaiting: QueueRow[];
  challenged: QueueRow[];
}

/** The party, issue and round of a cell key, named as the dataset names them. */
function cellWords(dataset: Dataset, cell: string): { words: string; href: string } {
  const [party = '', issue = '', round = ''] = cell.split('/');
  const p = dataset.parties.find((x) => x.id === party)?.name ?? party;
  const i = dataset.issues.find((x) => x.id === issue)?.title ?? issue;
  const r = dataset.rounds.find((x) => x.id === round)?.label ?? round;
  return {
    words: `${p} on “${i}”, ${r}`,
    href: evidenceHref(dataset.id, issue, party, `?round=${encodeURIComponent(round)}`),
  };
}

function rowOf(dataset: Dataset, item: QueueItem, reviewer: boolean): QueueRow {
  const row: QueueRow = {
    cell: item.cell,
    ...cellWords(dataset, item.cell),
    change: `Revision ${item.change.revision} by ${item.change.author}${item.change.time ? `, ${formatTime(item.change.time)}` : ''}`,
  };
  if (item.state === 'awaiting') {
    if (item.yours) row.note = 'Your change: another reviewer must approve it.';
    else if (item.changedAfterChallenge)
      row.note = 'Changed after a challenge: see whether it answers it.';
  } else {
    const c = item.challenge!;
    row.challenge = { text: c.text, by: `${c.author}, ${formatTime(c.time)}` };
    row.note = item.answered
      ? 'The coder answered; change the coding or approve it.'
      : item.yours
        ? 'Your coding, not answered yet: answer the challenge or change the coding.'
        : reviewer
          ? 'Not answered yet.'
          : 'Not answered yet: answer it or change the coding.';
  }
  return row;
}

/** The review queue for a reader with `role`: awaiting cells, challenged cells and a summary. */
export function reviewQueueView(dataset: Dataset, queue: ReviewQueue, role: Role): ReviewQueueView {
  const reviewer = hasRole(role, 'reviewer');
  const total = queue.awaiting.length + queue.challenged.length + queue.approved;
  const theirs = queue.awaiting.filter((i) => !i.yours).length;
  const parts = [
    `${count(queue.awaiting.length, 'cell')} awaiting review`,
    `${queue.challenged.length} challenged`,
    `${queue.approved} approved, of ${count(total, 'coded position')}`,
  ];
  let summary = `${parts.join(', ')}.`;
  if (total === 0) summary = 'No position is coded yet, so there is nothing to review.';
  else if (reviewer && theirs > 0) {
    const mine = queue.awaiting.length - theirs;
    summary += ` You can approve or challenge ${theirs} of the awaiting cells`;
    summary += mine
      ? `; ${count(mine, 'is your own change', 'are your own changes')}, for another reviewer.`
      : '.';
  } else if (!reviewer && queue.challenged.length > 0)
    summary +=
      ' As a coder you can answer a challenge or change the coding; approving needs a reviewer.';
  return {
    summary,
    awaiting: queue.awaiting.map((i) => rowOf(dataset, i, reviewer)),
    challenged: queue.challenged.map((i) => rowOf(dataset, i, reviewer)),
  };
}
