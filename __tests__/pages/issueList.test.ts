import { takeSnapshot } from '@/lib/analysis';
import { issueListRows, issueMatches } from '@/lib/pages/issueList';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { coded, dataset, silent } from '../analysis/fixtures';

// x: positions 60 apart (salience 2), y: one side known (salience 5), z: 20 apart, w: nobody known
const d = dataset({
  parties: ['a', 'b', 'c'],
  issues: ['x', 'y', 'z', 'w'],
  positions: [
    coded('a', 'x', 'r1', 10, { salience: 2 }),
    coded('b', 'x', 'r1', 70, { salience: 2 }),
    coded('a', 'y', 'r1', 90, { salience: 5 }),
    silent('b', 'y', 'r1'),
    coded('b', 'z', 'r1', 40),
    coded('c', 'z', 'r1', 60),
  ],
});
d.issues[0]!.title = 'Zebra';
d.issues[1]!.title = 'Apple';
const snapshot = takeSnapshot(d);
const ids = (state: Partial<typeof DEFAULT_VIEW>) =>
  issueListRows(d, snapshot, { ...DEFAULT_VIEW, ...state }).map((row) => row.issue.id);

describe('issueListRows', () => {
  it('sorts by the distance of the widest pair, one-sided and unknown issues last in dataset order', () => {
    expect(ids({})).toEqual(['x', 'z', 'y', 'w']);
  });

  it('sorts by the highest salience among known positions', () => {
    expect(ids({ sort: 'salience' })).toEqual(['y', 'z', 'x', 'w']);
  });

  it('sorts by title', () => {
    expect(ids({ sort: 'title' })).toEqual(['y', 'w', 'z', 'x']);
  });

  it('keeps only issues whose widest pair is at least 25 apart with only=gaps', () => {
    expect(ids({ only: 'gaps' })).toEqual(['x']);
  });

  describe('with acceptable ranges', () => {
    // far: positions 80 apart, ranges overlap; mid: 60 apart, ranges 40 apart; plain: 45, no ranges.
    const ranged = dataset({
      issues: ['far', 'mid', 'plain', 'lone'],
      positions: [
        coded('a', 'far', 'r1', 10, { acceptable: { min: 0, max: 50 } }),
        coded('b', 'far', 'r1', 90, { acceptable: { min: 40, max: 100 } }),
        coded('a', 'mid', 'r1', 20, { acceptable: { min: 10, max: 30 } }),
        coded('b', 'mid', 'r1', 80, { acceptable: { min: 70, max: 90 } }),
        coded('a', 'plain', 'r1', 30),
        coded('b', 'plain', 'r1', 75),
        coded('a', 'lone', 'r1', 50),
      ],
    });
    const rows = (state: Partial<typeof DEFAULT_VIEW>) =>
      issueListRows(ranged, takeSnapshot(ranged), { ...DEFAULT_VIEW, ...state });

    it('sorts sort=gap by the distance between positions', () => {
      expect(rows({ sort: 'gap' }).map((r) => r.issue.id)).toEqual(['far', 'mid', 'plain', 'lone']);
    });

    it('sorts sort=range-gap by the range gap, one-sided issues last', () => {
      expect(rows({ sort: 'range-gap' }).map((r) => r.issue.id)).toEqual([
        'plain',
        'mid',
        'far',
        'lone',
      ]);
    });

    it('keeps a pair far apart whose ranges overlap for only=gaps', () => {
      expect(rows({ only: 'gaps' }).map((r) => r.issue.id)).toEqual(['far', 'mid', 'plain']);
    });

    it('says which issues have a range', () => {
      expect(rows({}).map((r) => [r.issue.id, r.ranged])).toEqual([
        ['far', true],
        ['mid', true],
        ['plain', false],
        ['lone', false],
      ]);
    });
  });

  it('filters by text over titles and position labels', () => {
    expect(ids({ q: 'APPLE' })).toEqual(['y']);
    expect(ids({ q: 'c on z' })).toEqual(['z']);
    expect(ids({ q: 'nothing like this' })).toEqual([]);
  });

  it('has no gap and no salience where nobody is known', () => {
    const row = issueListRows(d, snapshot, DEFAULT_VIEW).find((r) => r.issue.id === 'w');
    expect(row?.disagreement.widest).toBeUndefined();
    expect(row?.topSalience).toBeUndefined();
  });

  it('follows the party choice of the snapshot', () => {
    const ab = takeSnapshot(d, { parties: ['a', 'c'] });
    const rows = issueListRows(d, ab, DEFAULT_VIEW);
    expect(rows.every((row) => row.disagreement.widest === undefined)).toBe(true);
  });
});

describe('issueMatches', () => {
  it('matches everything for an empty or blank filter', () => {
    expect(issueMatches(d.issues[0]!, snapshot, '  ')).toBe(true);
  });

  it('matches the scale words', () => {
    expect(issueMatches(d.issues[0]!, snapshot, 'all')).toBe(true);
  });
});

describe('issueListRows: sources that disagree', () => {
  const quote = (reading?: number) => ({
    source: 'src',
    quote: 'A quote.',
    attribution: 'reported' as const,
    ...(reading === undefined ? {} : { reading }),
  });
  const contestedSet = dataset({
    parties: ['a', 'b'],
    issues: ['x', 'y'],
    positions: [
      { ...coded('a', 'x', 'r1', 50), evidence: [quote(), quote(25)] },
      { ...coded('b', 'x', 'r1', 70), evidence: [quote(), quote(80)] },
      { ...coded('a', 'y', 'r1', 50), evidence: [quote(60)] },
    ],
  });
  const rows = issueListRows(contestedSet, takeSnapshot(contestedSet), DEFAULT_VIEW);

  it('lists each position whose readings differ from its value by more than 10, with the range', () => {
    const x = rows.find((r) => r.issue.id === 'x')!;
    expect(x.contested).toEqual([
      { party: 'a', readings: { value: 50, min: 25, max: 50, readings: [50, 25] } },
    ]);
  });

  it('lists none where every reading is within 10 of the value (10 exactly is not contested)', () => {
    expect(rows.find((r) => r.issue.id === 'y')!.contested).toEqual([]);
  });
});
