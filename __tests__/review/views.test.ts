import { matrixCells, reviewCsv, matrixCsv } from '@/lib/matrix/export';
import { buildMatrix } from '@/lib/matrix/model';
import { datasetJson } from '@/lib/pages/api';
import { reviewNoticeView } from '@/lib/pages/reviewNotice';
import { approvedPositions, reviewCounts, type ReviewState } from '@/lib/review/state';
import { DEFAULT_VIEW, parseViewState, toQueryString, keptQuery } from '@/lib/url/query';
import { TWO_ROUNDS, coded, dataset, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b'],
  issues: ['x', 'y'],
  rounds: TWO_ROUNDS,
  positions: [
    coded('a', 'x', 'r1', 10),
    coded('a', 'x', 'r2', 30),
    coded('b', 'x', 'r1', 90),
    silent('b', 'y', 'r2'),
  ],
});
const states = new Map<string, ReviewState>([
  ['a/x/r1', 'approved'],
  ['a/x/r2', 'challenged'],
  ['b/x/r1', 'approved'],
  // b/y/r2 has no recorded state: it awaits review.
]);

describe('parseViewState: review and reviewed', () => {
  test('reads review=<state> and reviewed=only, and writes them back', () => {
    const { state, notes } = parseViewState({ review: 'challenged', reviewed: 'only' }, d);
    expect(notes).toEqual([]);
    expect(state).toMatchObject({ review: 'challenged', reviewed: 'only' });
    expect(toQueryString(state, d)).toBe('?review=challenged&reviewed=only');
    expect(keptQuery(state)).toBe('?reviewed=only');
  });
  test('bad values are left out with a note naming them', () => {
    const { state, notes } = parseViewState({ review: 'maybe', reviewed: 'yes' }, d);
    expect(state.review).toBeUndefined();
    expect(state.reviewed).toBeUndefined();
    expect(notes).toEqual([
      'Ignored unknown review state: maybe (use awaiting, challenged or approved).',
      'Ignored reviewed=yes: the only value is reviewed=only.',
    ]);
  });
  test('empty values are the default, without a note', () => {
    expect(parseViewState({ review: '', reviewed: '' }, d).notes).toEqual([]);
  });
});

describe('reviewCounts and approvedPositions', () => {
  test('a position with no recorded state counts as awaiting; only approved ones are kept', () => {
    expect(reviewCounts(d.positions, states)).toEqual({ awaiting: 1, challenged: 1, approved: 2 });
    expect(approvedPositions(d.positions, states).map((p) => `${p.party}/${p.round}`)).toEqual([
      'a/r1',
      'b/r1',
    ]);
  });
});

describe('buildMatrix with review', () => {
  test('marks each coded cell with its state and counts the unreviewed among those shown', () => {
    const m = buildMatrix(d, DEFAULT_VIEW, { review: { states } });
    const cells = m.rows.flatMap((r) => r.cells.map((c) => [c.issue, c.party, c.review ?? '-']));
    expect(cells).toEqual([
      ['x', 'a', 'challenged'],
      ['x', 'b', 'approved'],
      ['y', 'a', '-'],
      ['y', 'b', 'awaiting'],
    ]);
    expect(m.reviewed).toEqual({ shown: 3, unreviewed: 2 });
  });
  test('review=<state> keeps the issues with a cell in it and draws the others as filtered out', () => {
    const m = buildMatrix(d, DEFAULT_VIEW, { review: { states, filter: 'approved' } });
    expect(m.rows.map((r) => r.issue.id)).toEqual(['x']);
    expect(m.rows[0]!.cells.map((c) => [c.party, c.reviewFilteredOut ?? false])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(m.reviewed).toEqual({ shown: 1, unreviewed: 0 });
    expect(matrixCells(m)).toEqual([{ party: 'b', issue: 'x', round: 'r1' }]);
  });
  test('without review (a folder dataset) nothing is marked', () => {
    const m = buildMatrix(d, DEFAULT_VIEW);
    expect(m.reviewed).toBeUndefined();
    expect(m.rows.flatMap((r) => r.cells).some((c) => c.review)).toBe(false);
  });
});

describe('reviewCsv', () => {
  test('adds a review column with each row’s state; a folder dataset’s CSV passes through', () => {
    const body = matrixCsv(d, buildMatrix(d, DEFAULT_VIEW));
    const lines = reviewCsv(states, body).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/,review$/);
    expect(lines.slice(1).map((l) => l.split(',').at(-1))).toEqual([
      'challenged',
      'approved',
      'awaiting',
    ]);
    expect(reviewCsv(undefined, body)).toBe(body);
  });
});

describe('reviewNoticeView', () => {
  const review = { states, approvedOnly: false, counts: reviewCounts(d.positions, states) };
  test('otherwise: how many coded positions are unreviewed, with the switch to approved only', () => {
    const view = reviewNoticeView(review, false)!;
    expect(view.detail).toBe(
      '2 of the 4 coded positions in this version are unreviewed (1 awaiting review, 1 challenged).',
    );
    expect(view.toggle).toEqual({ label: 'Show approved cells only', reviewed: 'only' });
    expect(view.stamp).toBe('2 of 4 positions unreviewed');
  });
  test('reviewed=only: how many are left out and how carried positions read', () => {
    const view = reviewNoticeView({ ...review, approvedOnly: true }, true)!;
    expect(view.heading).toBe('Approved cells only');
    expect(view.detail).toContain(
      '2 positions not yet approved (1 awaiting review, 1 challenged) are left out',
    );
    expect(view.toggle).toEqual({ label: 'Show every cell' });
  });
  test('a folder dataset says nothing, or that reviewed=only changes nothing', () => {
    expect(reviewNoticeView(undefined, false)).toBeUndefined();
    expect(reviewNoticeView(undefined, true)!.detail).toContain('changes nothing');
  });
  test('everything approved, or nothing coded', () => {
    const all = {
      states,
      approvedOnly: false,
      counts: { awaiting: 0, challenged: 0, approved: 3 },
    };
    expect(reviewNoticeView(all, false)).toMatchObject({
      detail: 'All 3 coded positions are approved.',
    });
    expect(
      reviewNoticeView({ ...all, counts: { awaiting: 0, challenged: 0, approved: 0 } }, false),
    ).toBeUndefined();
  });
});

describe('datasetJson with review', () => {
  test('a workspace answer carries each position’s state and the counts; a folder’s none', () => {
    const review = { states, approvedOnly: false, counts: reviewCounts(d.positions, states) };
    const version = { asOf: d.asOf, hash: 'r1-abc', label: `${d.asOf}-r1-abc` };
    const body = datasetJson(d, version, undefined, undefined, undefined, undefined, review);
    expect(body.review).toEqual({
      approvedOnly: false,
      counts: { awaiting: 1, challenged: 1, approved: 2 },
      positions: { 'a/x/r1': 'approved', 'a/x/r2': 'challenged', 'b/x/r1': 'approved' },
    });
    expect(datasetJson(d, version).review).toBeUndefined();
  });
});
