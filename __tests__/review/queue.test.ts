import type { Dataset } from '@/lib/model';
import { reviewQueueView } from '@/lib/pages/reviewQueue';
import { reviewQueue, type TimedChange } from '@/lib/review/queue';
import type { ReviewEvent } from '@/lib/review/state';

const CORA = 'cora@example.org';
const RITA = 'rita@example.org';
const at = (revision: number, author = CORA): TimedChange => ({
  revision,
  author,
  time: `2026-05-1${revision}T09:00:00.000Z`,
});
let id = 0;
const event = (
  cell: string,
  kind: ReviewEvent['kind'],
  revision: number,
  author = RITA,
  text = '',
): ReviewEvent => ({
  id: ++id,
  cell,
  kind,
  revision,
  author,
  time: '2026-05-19T10:00:00.000Z',
  text,
});

const latest = new Map<string, TimedChange>([
  ['a/ceasefire/r1', at(4)], // Cora's, awaiting
  ['b/ceasefire/r1', at(2, 'importer')], // awaiting, oldest
  ['c/ceasefire/r1', at(3, 'importer')], // approved
  ['a/nato/r1', at(5)], // challenged, answered
  ['b/nato/r1', at(6, 'importer')], // challenged, not answered
  ['c/nato/r1', at(7)], // challenged at 3, changed since at 7: awaiting again
]);
const events = [
  event('c/ceasefire/r1', 'approve', 3),
  event('a/nato/r1', 'challenge', 5, RITA, 'The quote says less.'),
  event('a/nato/r1', 'comment', 5, CORA, 'It says it in para. 2.'),
  event('b/nato/r1', 'challenge', 6, RITA, 'Wrong round.'),
  event('c/nato/r1', 'challenge', 3, RITA, 'Too high.'),
  event('b/ceasefire/r1', 'comment', 2, CORA, 'A comment decides nothing.'),
];

describe('reviewQueue', () => {
  const queue = reviewQueue(latest, events, 'Cora@Example.org');
  test('awaiting: the cells the reader may decide first, oldest first; their own changes last', () => {
    expect(queue.awaiting.map((i) => [i.cell, i.yours])).toEqual([
      ['b/ceasefire/r1', false],
      ['a/ceasefire/r1', true],
      ['c/nato/r1', true],
    ]);
    expect(queue.awaiting.find((i) => i.cell === 'c/nato/r1')!.changedAfterChallenge).toBe(true);
    expect(queue.awaiting.find((i) => i.cell === 'b/ceasefire/r1')!.changedAfterChallenge).toBe(
      false,
    );
  });
  test('challenged: unanswered first, each with its challenge; approved counted', () => {
    expect(queue.challenged.map((i) => [i.cell, i.answered, i.challenge!.text])).toEqual([
      ['b/nato/r1', false, 'Wrong round.'],
      ['a/nato/r1', true, 'The quote says less.'],
    ]);
    expect(queue.approved).toBe(1);
  });
});

describe('reviewQueueView', () => {
  const dataset = {
    id: 'talks',
    parties: [
      { id: 'a', name: 'Arland' },
      { id: 'b', name: 'Borvia' },
      { id: 'c', name: 'Cestria' },
    ],
    issues: [
      { id: 'ceasefire', title: 'Ceasefire' },
      { id: 'nato', title: 'NATO' },
    ],
    rounds: [{ id: 'r1', label: 'Round 1' }],
  } as unknown as Dataset;

  test('a reviewer reads which cells are theirs to decide, each named and linked to its evidence page', () => {
    const view = reviewQueueView(dataset, reviewQueue(latest, events, CORA), 'reviewer');
    expect(view.summary).toBe(
      '3 cells awaiting review, 2 challenged, 1 approved, of 6 coded positions. You can approve or challenge 1 of the awaiting cells; 2 are your own changes, for another reviewer.',
    );
    expect(view.awaiting[0]).toEqual({
      cell: 'b/ceasefire/r1',
      words: 'Borvia on “Ceasefire”, Round 1',
      href: '/talks/matrix/ceasefire/b?round=r1',
      change: 'Revision 2 by importer, 12 May 2026, 09:00 UTC',
    });
    expect(view.awaiting[1]!.note).toBe('Your change: another reviewer must approve it.');
    expect(view.challenged[0]).toMatchObject({
      challenge: { text: 'Wrong round.', by: `${RITA}, 19 May 2026, 10:00 UTC` },
      note: 'Not answered yet.',
    });
    expect(view.challenged[1]!.note).toBe('The coder answered; change the coding or approve it.');
  });
  test('a coder is told what they can do; an empty dataset says there is nothing to review', () => {
    const coder = reviewQueueView(dataset, reviewQueue(latest, events, RITA), 'coder');
    expect(coder.summary).toMatch(/As a coder you can answer a challenge or change the coding/);
    expect(coder.challenged[0]!.note).toBe('Not answered yet: answer it or change the coding.');
    // b/nato/r1 is the importer's; were it Cora's, her queue would say it is hers to answer.
    const mine = new Map(latest).set('b/nato/r1', at(6));
    expect(
      reviewQueueView(dataset, reviewQueue(mine, events, CORA), 'coder').challenged[0]!.note,
    ).toBe('Your coding, not answered yet: answer the challenge or change the coding.');
    const other = reviewQueueView(dataset, reviewQueue(latest, events, RITA), 'reviewer');
    expect(other.awaiting.find((r) => r.cell === 'c/nato/r1')!.note).toBe(
      'Changed after a challenge: see whether it answers it.',
    );
    expect(other.summary).toMatch(/You can approve or challenge 3 of the awaiting cells\.$/);
    const empty = reviewQueueView(dataset, reviewQueue(new Map(), [], RITA), 'reviewer');
    expect(empty.summary).toBe('No position is coded yet, so there is nothing to review.');
  });
});
