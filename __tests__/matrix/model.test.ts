import { buildMatrix, issueOrder } from '@/lib/matrix/model';
import { partyPicker } from '@/lib/matrix/picker';
import { sortAndFilterRows, foldText } from '@/lib/matrix/table';
import type { Dataset } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/query';
import { coded, dataset, silent } from '../analysis/fixtures';

/**
 * Parties a, b, c; issues:
 *   wide   a 0, b 100        → positions 100 apart
 *   narrow a 40, b 50, c 60  → positions 20 apart, salience 5 (b)
 *   lone   a 30              → only one side known
 *   quiet  a silent          → no stated positions
 */
function fixture(): Dataset {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['wide', 'narrow', 'lone', 'quiet'],
    rounds: [
      ['r1', '2025-01-01'],
      ['r2', '2025-02-01'],
    ],
    positions: [
      coded('a', 'wide', 'r1', 0),
      coded('b', 'wide', 'r2', 100),
      coded('a', 'narrow', 'r2', 40),
      coded('b', 'narrow', 'r2', 50, { salience: 5 }),
      coded('c', 'narrow', 'r2', 60, { salience: 2 }),
      coded('a', 'lone', 'r2', 30),
      silent('a', 'quiet', 'r2'),
    ],
  });
  d.issues = d.issues.map((issue) => ({
    ...issue,
    title: { wide: 'Zebra crossing', narrow: 'Ceasefire', lone: 'Borders', quiet: 'Türkiye role' }[
      issue.id
    ]!,
  }));
  return d;
}

const view = (changes: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...changes });

/**
 * Issues whose order depends on the measure:
 *   far   a 10 (0–50), b 90 (40–100) → positions 80 apart, acceptable ranges overlap
 *   mid   a 20 (10–30), b 80 (70–90) → positions 60 apart, acceptable ranges 40 apart
 *   plain a 30, b 75                 → positions 45 apart, no ranges (range gap 45)
 */
function rangedFixture(): Dataset {
  return dataset({
    issues: ['far', 'mid', 'plain'],
    positions: [
      coded('a', 'far', 'r1', 10, { acceptable: { min: 0, max: 50 } }),
      coded('b', 'far', 'r1', 90, { acceptable: { min: 40, max: 100 } }),
      coded('a', 'mid', 'r1', 20, { acceptable: { min: 10, max: 30 } }),
      coded('b', 'mid', 'r1', 80, { acceptable: { min: 70, max: 90 } }),
      coded('a', 'plain', 'r1', 30),
      coded('b', 'plain', 'r1', 75),
    ],
  });
}
const ids = (d: Dataset, state: ViewState) => buildMatrix(d, state).rows.map((r) => r.issue.id);

describe('buildMatrix', () => {
  it('sorts by the distance of the widest pair by default, one side known before no positions', () => {
    expect(ids(fixture(), view())).toEqual(['wide', 'narrow', 'lone', 'quiet']);
  });

  it('sorts sort=gap by the distance and sort=range-gap by the range gap', () => {
    expect(ids(rangedFixture(), view({ sort: 'gap' }))).toEqual(['far', 'mid', 'plain']);
    expect(ids(rangedFixture(), view({ sort: 'range-gap' }))).toEqual(['plain', 'mid', 'far']);
    expect(ids(fixture(), view({ sort: 'range-gap' }))).toEqual([
      'wide',
      'narrow',
      'lone',
      'quiet',
    ]);
  });

  it('keeps issues whose positions are 25 or more apart for only=gaps, whatever their ranges', () => {
    expect(ids(rangedFixture(), view({ only: 'gaps' }))).toEqual(['far', 'mid', 'plain']);
  });

  it('sorts by salience, then gap; issues with no salience last', () => {
    expect(ids(fixture(), view({ sort: 'salience' }))).toEqual(['narrow', 'wide', 'lone', 'quiet']);
  });

  it('sorts by title A to Z', () => {
    expect(ids(fixture(), view({ sort: 'title' }))).toEqual(['lone', 'narrow', 'quiet', 'wide']);
  });

  it('states each row’s disagreement: widest pair, one side, or nothing', () => {
    const rows = buildMatrix(fixture(), view()).rows;
    expect(rows[0]!.disagreement).toEqual({
      kind: 'gap',
      distance: 100,
      rangeGap: 100,
      ranged: false,
      a: 'a',
      b: 'b',
      aName: 'a',
      bName: 'b',
    });
    expect(rows[2]!.disagreement).toEqual({ kind: 'one-side', party: 'a', partyName: 'a' });
    expect(rows[3]!.disagreement).toEqual({ kind: 'none' });
    expect(rows[3]!.distance).toBeUndefined();
    expect(rows[3]!.rangeGap).toBeUndefined();
  });

  it('keeps only issues with a gap of 25 or more for only=gaps (no gap is not a gap)', () => {
    expect(ids(fixture(), view({ only: 'gaps' }))).toEqual(['wide']);
  });

  it('filters by q over titles, questions and labels, ignoring case and accents', () => {
    expect(ids(fixture(), view({ q: 'CEASE' }))).toEqual(['narrow']);
    expect(ids(fixture(), view({ q: 'turkiye' }))).toEqual(['quiet']);
    expect(ids(fixture(), view({ q: 'a on lone' }))).toEqual(['lone']);
    expect(ids(fixture(), view({ q: 'nothing like this' }))).toEqual([]);
  });

  it('shows the chosen parties in the chosen order and computes gaps among them only', () => {
    const matrix = buildMatrix(fixture(), view({ parties: ['c', 'a'] }));
    expect(matrix.columns.map((c) => c.party.id)).toEqual(['c', 'a']);
    const narrow = matrix.rows.find((r) => r.issue.id === 'narrow')!;
    expect(narrow.cells.map((c) => c.party)).toEqual(['c', 'a']);
    expect(narrow.distance).toBe(20);
    const wide = matrix.rows.find((r) => r.issue.id === 'wide')!;
    expect(wide.disagreement.kind).toBe('one-side');
  });

  it('keeps only the chosen issues', () => {
    expect(ids(fixture(), view({ issues: ['lone', 'wide'] }))).toEqual(['wide', 'lone']);
  });

  it('shows positions in force at the chosen round, marking those carried from older rounds', () => {
    const latest = buildMatrix(fixture(), view());
    expect(latest.round.id).toBe('r2');
    expect(latest.isLatest).toBe(true);
    const wideA = latest.rows.find((r) => r.issue.id === 'wide')!.cells[0]!;
    expect(wideA.carriedFrom?.id).toBe('r1');
    const early = buildMatrix(fixture(), view({ round: 'r1' }));
    expect(early.isLatest).toBe(false);
    expect(early.rows.find((r) => r.issue.id === 'wide')!.distance).toBeUndefined();
    const wideAEarly = early.rows.find((r) => r.issue.id === 'wide')!.cells[0]!;
    expect(wideAEarly.carriedFrom).toBeUndefined();
    expect(wideAEarly.href).toBe('/fixture/matrix/wide/a?round=r1');
  });

  it('takes the highest salience a shown party gives', () => {
    const narrow = buildMatrix(fixture(), view()).rows.find((r) => r.issue.id === 'narrow')!;
    expect(narrow.salience).toBe(5);
    const withoutB = buildMatrix(fixture(), view({ parties: ['a', 'c'] }));
    expect(withoutB.rows.find((r) => r.issue.id === 'narrow')!.salience).toBe(2);
  });
});

describe('sortAndFilterRows', () => {
  it('returns an empty list for no rows', () => {
    expect(sortAndFilterRows([], view({ q: 'x', only: 'gaps' }))).toEqual([]);
  });
});

describe('foldText', () => {
  it('lowercases and strips accents', () => {
    expect(foldText('Türkiye ÉLAN')).toBe('turkiye elan');
  });
});

describe('partyPicker', () => {
  it('lists chosen parties first in column order, then the rest, with move links', () => {
    const d = fixture();
    const entries = partyPicker(d, view({ parties: ['c', 'a'] }), '/fixture/matrix');
    expect(entries.map((e) => [e.party.id, e.chosen])).toEqual([
      ['c', true],
      ['a', true],
      ['b', false],
    ]);
    expect(entries[0]!.earlierHref).toBeUndefined();
    expect(entries[0]!.laterHref).toBe('/fixture/matrix?parties=a,c');
    expect(entries[1]!.earlierHref).toBe('/fixture/matrix?parties=a,c');
    expect(entries[1]!.laterHref).toBeUndefined();
    expect(entries[2]!.laterHref).toBeUndefined();
  });

  it('treats no choice as all parties in dataset order', () => {
    const entries = partyPicker(fixture(), view(), '/fixture/matrix');
    expect(entries.every((e) => e.chosen)).toBe(true);
    expect(entries[1]!.laterHref).toBe('/fixture/matrix?parties=a,c,b');
  });
});

describe('buildMatrix in pages', () => {
  const { dataset: big } = syntheticDataset({ parties: 4, issues: 60, seed: 3 });
  const all = buildMatrix(big, DEFAULT_VIEW);

  it('builds cells only for the page asked for, in the same order as the whole matrix', () => {
    const second = buildMatrix(big, { ...DEFAULT_VIEW, page: 2, rows: 25 }, { paged: true });
    expect(second.rows.map((r) => r.issue.id)).toEqual(
      all.rows.slice(25, 50).map((r) => r.issue.id),
    );
    expect(second.rows.every((r) => r.cells.length === 4)).toBe(true);
    expect(second.matching).toBe(60);
    expect(second.paging).toEqual({ page: 2, pageCount: 3, first: 26, last: 50, total: 60 });
  });

  it('is one page of every issue when not paged, and issueOrder gives the same order', () => {
    expect(all.rows).toHaveLength(60);
    expect(all.paging).toMatchObject({ page: 1, pageCount: 1, first: 1, last: 60 });
    expect(issueOrder(big, DEFAULT_VIEW)).toEqual(all.rows.map((r) => r.issue.id));
    const byTitle = { ...DEFAULT_VIEW, sort: 'title' as const };
    expect(issueOrder(big, byTitle)).toEqual(buildMatrix(big, byTitle).rows.map((r) => r.issue.id));
  });
});
