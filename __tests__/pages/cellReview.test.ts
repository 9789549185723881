import {
  cellHistory,
  cellReviewView,
  positionChangeLines,
  type CellReviewInput,
} from '@/lib/pages/cellReview';
import type { CellChange, ReviewEvent } from '@/lib/review/state';

const CELL = 'ukraine/ceasefire/r1';
const change = (revision: number, author: string, before: unknown, after: unknown): CellChange => ({
  revision,
  author,
  time: `2026-05-1${revision}T09:00:00.000Z`,
  reason: `reason ${revision}`,
  before,
  after,
});
const event = (
  id: number,
  kind: ReviewEvent['kind'],
  author: string,
  time: string,
  revision: number,
  text = '',
): ReviewEvent => ({ id, cell: CELL, kind, author, time, revision, text });

const coded = {
  party: 'ukraine',
  issue: 'ceasefire',
  round: 'r1',
  status: 'stated',
  value: 100,
  label: 'Now',
};
const input: CellReviewInput = {
  cell: CELL,
  changes: [
    change(1, 'importer', null, coded),
    change(3, 'cora@example.org', coded, { ...coded, value: 90, codingNote: 'new' }),
  ],
  events: [
    event(1, 'challenge', 'rita@example.org', '2026-05-12T10:00:00.000Z', 1, 'Too high'),
    event(2, 'comment', 'cora@example.org', '2026-05-12T11:00:00.000Z', 1, 'Will fix'),
    event(3, 'comment', 'rita@example.org', '2026-05-13T10:00:00.000Z', 3, 'Better'),
  ],
  state: 'awaiting',
  latest: { revision: 3, author: 'cora@example.org' },
};
const ctx = {
  action: '/api/workspace/datasets/talks/reviews',
  next: '/talks/matrix/ceasefire/ukraine',
  revision: 4,
};

describe('positionChangeLines', () => {
  test('a new position names its fields; a change names old → new and the rest together', () => {
    expect(positionChangeLines(null, coded)).toEqual([
      'status: ‘stated’',
      'value: 100',
      'label: ‘Now’',
    ]);
    expect(positionChangeLines(coded, { ...coded, value: 90, codingNote: 'x' })).toEqual([
      'value: 100 → 90',
      'also changed: codingNote',
    ]);
    expect(positionChangeLines(coded, null)).toEqual(['position removed']);
  });
});

describe('cellHistory', () => {
  test('codings and events oldest first; a comment while challenged reads as an answer, after a change as a comment', () => {
    const lines = cellHistory(input);
    expect(lines.map((l) => [l.kind, l.title, l.who])).toEqual([
      ['coding', 'Coded in revision 1', 'importer'],
      ['challenge', 'Challenged (revision 1)', 'rita@example.org'],
      ['answer', 'Answer to the challenge', 'cora@example.org'],
      ['coding', 'Changed in revision 3', 'cora@example.org'],
      ['comment', 'Comment', 'rita@example.org'],
    ]);
    expect(lines[1]).toMatchObject({ text: 'Too high', when: '12 May 2026, 10:00 UTC' });
    expect(lines[3]!.changes).toEqual(['value: 100 → 90', 'also changed: codingNote']);
  });
  test('the challenger’s own comment is a comment, not an answer', () => {
    const lines = cellHistory({
      changes: input.changes.slice(0, 1),
      events: [
        event(1, 'challenge', 'rita@example.org', '2026-05-12T10:00:00.000Z', 1, 'Too high'),
        event(2, 'comment', 'Rita@example.org', '2026-05-12T11:00:00.000Z', 1, 'And the range'),
      ],
    });
    expect(lines.map((l) => l.kind)).toEqual(['coding', 'challenge', 'comment']);
  });
  test('empty: nothing', () => {
    expect(cellHistory({ changes: [], events: [] })).toEqual([]);
  });
});

describe('cellReviewView', () => {
  test('anonymous: state and history, no forms', () => {
    const view = cellReviewView(input, ctx);
    expect(view).toMatchObject({ state: 'awaiting', stateWords: 'Awaiting review' });
    expect(view.about).toBe('revision 3 by cora@example.org, 13 May 2026, 09:00 UTC');
    expect(view.forms).toBeUndefined();
    expect(view.formsNote).toBeUndefined();
  });
  test('a viewer is told what role reviewing needs', () => {
    const view = cellReviewView(input, {
      ...ctx,
      reader: { email: 'v@example.org', role: 'viewer' },
    });
    expect(view.forms).toBeUndefined();
    expect(view.formsNote).toContain('you are viewer');
  });
  test('a coder may comment only', () => {
    const view = cellReviewView(input, {
      ...ctx,
      reader: { email: 'c@example.org', role: 'coder' },
    });
    expect(view.forms).toMatchObject({
      challenge: false,
      comment: { label: 'Comment' },
      revision: 4,
    });
    expect(view.forms!.approve).toBeUndefined();
  });
  test('a reviewer may approve and challenge, but not approve their own latest change', () => {
    const other = cellReviewView(input, {
      ...ctx,
      reader: { email: 'rita@example.org', role: 'reviewer' },
    });
    expect(other.forms).toMatchObject({ approve: {}, challenge: true });
    const own = cellReviewView(input, {
      ...ctx,
      reader: { email: 'Cora@example.org', role: 'admin' },
    });
    expect(own.forms!.approve!.refusal).toContain('another reviewer must approve it');
    expect(own.forms!.challenge).toBe(true);
    const approved = cellReviewView(
      { ...input, state: 'approved' },
      { ...ctx, reader: { email: 'rita@example.org', role: 'reviewer' } },
    );
    expect(approved.forms!.approve!.refusal).toBe(
      'Approved already: revision 3 needs nothing more.',
    );
    expect(approved.forms!.challenge).toBe(true);
  });
  test('the way to the position editor is offered to coders and up, not to readers', () => {
    const editHref = '/workspace/talks/positions/a/ceasefire/r1';
    const coder = { email: 'c@example.org', role: 'coder' as const };
    expect(cellReviewView(input, { ...ctx, editHref, reader: coder }).editHref).toBe(editHref);
    expect(cellReviewView(input, { ...ctx, editHref }).editHref).toBeUndefined();
    const viewer = { email: 'v@example.org', role: 'viewer' as const };
    expect(cellReviewView(input, { ...ctx, editHref, reader: viewer }).editHref).toBeUndefined();
    const old = { ...ctx, editHref, reader: coder, notReviewable: 'This is an earlier version.' };
    expect(cellReviewView(input, old).editHref).toBeUndefined();
  });
  test('while challenged the comment form answers; an old version offers no forms; a notice reads fixed words', () => {
    const challenged = { ...input, state: 'challenged' as const };
    const reader = { email: 'cora@example.org', role: 'coder' as const };
    expect(cellReviewView(challenged, { ...ctx, reader }).forms!.comment!.label).toBe(
      'Answer the challenge',
    );
    const old = cellReviewView(input, {
      ...ctx,
      reader,
      notReviewable: 'This is an earlier version.',
    });
    expect(old.forms).toBeUndefined();
    expect(old.formsNote).toBe('This is an earlier version.');
    expect(cellReviewView(input, { ...ctx, notice: 'stale' }).notice).toContain(
      'changed after you read it',
    );
  });
  test('a cell with no position now has no state and no forms', () => {
    const gone = { ...input, state: undefined, latest: undefined };
    const view = cellReviewView(gone, {
      ...ctx,
      reader: { email: 'r@example.org', role: 'reviewer' },
    });
    expect(view).toMatchObject({ stateWords: 'No position to review' });
    expect(view.forms).toBeUndefined();
  });
});
