import {
  cellChanges,
  latestPositionChanges,
  reviewStateOf,
  reviewStates,
  samePerson,
  type ReviewEvent,
} from '@/lib/review/state';

let nextId = 1;
const event = (
  kind: ReviewEvent['kind'],
  revision: number,
  cell = 'a/x/r1',
  author = 'rita@example.org',
): ReviewEvent => ({
  id: nextId++,
  cell,
  kind,
  author,
  time: '2026-05-16T09:00:00.000Z',
  revision,
  text: kind === 'challenge' ? 'the quote says 40' : '',
});

describe('reviewStateOf', () => {
  test('a change with no decision awaits review', () => {
    expect(reviewStateOf(3, [])).toBe('awaiting');
  });
  test('comments and answers alone leave it awaiting', () => {
    expect(reviewStateOf(3, [event('comment', 3), event('comment', 3)])).toBe('awaiting');
  });
  test('an approval of the latest change approves it', () => {
    expect(reviewStateOf(3, [event('approve', 3)])).toBe('approved');
  });
  test('a challenge of the latest change challenges it; an answer does not lift it', () => {
    expect(reviewStateOf(3, [event('challenge', 3), event('comment', 3)])).toBe('challenged');
  });
  test('the latest decision wins: challenged, answered, then approved', () => {
    expect(
      reviewStateOf(3, [event('challenge', 3), event('comment', 3), event('approve', 3)]),
    ).toBe('approved');
    expect(reviewStateOf(3, [event('approve', 3), event('challenge', 3)])).toBe('challenged');
  });
  test('a change after an approval or a challenge makes it awaiting again', () => {
    expect(reviewStateOf(5, [event('approve', 3)])).toBe('awaiting');
    expect(reviewStateOf(5, [event('challenge', 3), event('comment', 3)])).toBe('awaiting');
  });
  test('a decision on the new change counts, one on the old does not', () => {
    expect(reviewStateOf(5, [event('challenge', 3), event('approve', 5)])).toBe('approved');
    expect(reviewStateOf(5, [event('approve', 5), event('challenge', 3)])).toBe('approved');
  });
  test('order is by event id, not by list order', () => {
    const first = event('approve', 3);
    const second = event('challenge', 3);
    expect(reviewStateOf(3, [second, first])).toBe('challenged');
  });
});

describe('reviewStates', () => {
  test('each cell is read from its own events; a cell with none awaits', () => {
    const latest = new Map([
      ['a/x/r1', 2],
      ['b/x/r1', 4],
      ['c/x/r1', 1],
    ]);
    const states = reviewStates(latest, [
      event('approve', 2, 'a/x/r1'),
      event('approve', 2, 'b/x/r1'),
      event('challenge', 1, 'c/x/r1'),
      event('approve', 9, 'gone/x/r1'),
    ]);
    expect(Object.fromEntries(states)).toEqual({
      'a/x/r1': 'approved',
      'b/x/r1': 'awaiting',
      'c/x/r1': 'challenged',
    });
  });
  test('empty: no cells, no states', () => {
    expect(reviewStates(new Map(), [event('approve', 1)]).size).toBe(0);
  });
});

const revision = (
  number: number,
  edits: { part: string; key: string; before: unknown; after: unknown }[],
  author = 'cora@example.org',
) => ({ number, author, time: `2026-05-1${number}T09:00:00.000Z`, reason: `r${number}`, edits });

describe('latestPositionChanges', () => {
  const revisions = [
    revision(1, [
      { part: 'positions', key: 'a/x/r1', before: null, after: { value: 10 } },
      { part: 'positions', key: 'b/x/r1', before: null, after: { value: 20 } },
      { part: 'title', key: '', before: null, after: 'Talks' },
    ]),
    revision(2, [
      { part: 'positions', key: 'a/x/r1', before: { value: 10 }, after: { value: 15 } },
    ]),
    revision(3, [{ part: 'positions', key: 'b/x/r1', before: { value: 20 }, after: null }]),
  ];
  test('the revision of each cell’s latest change; other parts are not cells', () => {
    expect(Object.fromEntries(latestPositionChanges(revisions))).toEqual({
      'a/x/r1': { revision: 2, author: 'cora@example.org' },
    });
  });
  test('up to a revision: later changes and removals are not seen', () => {
    expect(Object.fromEntries(latestPositionChanges(revisions, 1))).toEqual({
      'a/x/r1': { revision: 1, author: 'cora@example.org' },
      'b/x/r1': { revision: 1, author: 'cora@example.org' },
    });
  });
  test('no revisions: nothing', () => {
    expect(latestPositionChanges([]).size).toBe(0);
  });
});

describe('cellChanges', () => {
  test('every change of one cell, oldest first, with who, when, why and old → new', () => {
    const changes = cellChanges('a/x/r1', [
      revision(1, [{ part: 'positions', key: 'a/x/r1', before: null, after: { value: 10 } }]),
      revision(2, [{ part: 'positions', key: 'b/x/r1', before: null, after: { value: 1 } }]),
      revision(
        3,
        [{ part: 'positions', key: 'a/x/r1', before: { value: 10 }, after: { value: 15 } }],
        'dan@example.org',
      ),
    ]);
    expect(changes.map((c) => [c.revision, c.author, c.reason, c.before, c.after])).toEqual([
      [1, 'cora@example.org', 'r1', null, { value: 10 }],
      [3, 'dan@example.org', 'r3', { value: 10 }, { value: 15 }],
    ]);
  });
});

describe('samePerson', () => {
  test('emails compare without case or surrounding spaces', () => {
    expect(samePerson(' Cora@Example.org', 'cora@example.org')).toBe(true);
    expect(samePerson('cora@example.org', 'cara@example.org')).toBe(false);
  });
});
