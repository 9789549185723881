import { analyse } from '@/lib/analysis';
import { coded, dataset, outcome, silent } from './fixtures';

/** Both sides stated with high confidence, as the fixtures code them. */
const FIRM = {
  aBasis: { status: 'stated', confidence: 'high' },
  bBasis: { status: 'stated', confidence: 'high' },
} as const;

/** Both measures of two unranged positions `d` apart. */
const apart = (d: number) => ({ distance: d, rangeGap: d, ranged: false });
describe('analyse', () => {
  const data = {
    ...dataset({
      parties: ['a', 'b', 'c'],
      issues: ['x', 'y'],
      rounds: [
        ['r1', '2025-01-01'],
        ['r2', '2025-02-01'],
      ],
      positions: [
        coded('a', 'x', 'r1', 10),
        coded('b', 'x', 'r1', 80),
        coded('a', 'x', 'r2', 20),
        coded('c', 'x', 'r2', 25),
        coded('a', 'y', 'r1', 60),
        silent('b', 'y', 'r2'),
      ],
    }),
    outcomes: [outcome('y', 'r2', ['a', 'b'])],
  };

  it('runs every analysis for the latest round by default', () => {
    const result = analyse(data);
    expect(result.snapshot.round.id).toBe('r2');
    expect(result.disagreements).toEqual([
      {
        issue: 'x',
        known: 3,
        widest: { issue: 'x', a: 'a', b: 'b', distance: 60, rangeGap: 60, ranged: false },
        maxRangeGap: 60,
        spread: expect.any(Number),
      },
      { issue: 'y', known: 1 },
    ]);
    // values 20, 80, 25 with equal weights: mean 125/3
    const mean = 125 / 3;
    const sd = Math.sqrt(((20 - mean) ** 2 + (80 - mean) ** 2 + (25 - mean) ** 2) / 3);
    expect(result.disagreements[0]?.spread).toBeCloseTo(sd, 10);
    expect(result.pointsOfDisagreement).toEqual([
      { issue: 'x', a: 'a', b: 'b', ...apart(60), meanSalience: 3, ...FIRM },
      { issue: 'x', a: 'b', b: 'c', ...apart(55), meanSalience: 3, ...FIRM },
    ]);
    expect(result.pointsOfAgreement).toEqual([
      { issue: 'y', a: 'a', b: 'b', reason: 'outcome', outcome: data.outcomes[0] },
      { issue: 'x', a: 'a', b: 'c', apart: apart(5), reason: 'close' },
    ]);
    expect(result.alignment).toEqual([
      { a: 'a', b: 'b', score: 40, compared: 1 },
      { a: 'a', b: 'c', score: 95, compared: 1 },
      { a: 'b', b: 'c', score: 45, compared: 1 },
    ]);
    expect(result.openDemands.map((d) => [d.issue, d.party])).toEqual([['y', 'a']]);
    expect(result.shifts.map((s) => [s.party, s.issue, s.delta])).toEqual([['a', 'x', 10]]);
  });

  it('honours round, parties and limit', () => {
    const result = analyse(data, { round: 'r1', parties: ['b', 'a'], limit: 1 });
    expect(result.snapshot.parties).toEqual(['b', 'a']);
    expect(result.pointsOfDisagreement).toEqual([
      { issue: 'x', a: 'b', b: 'a', ...apart(70), meanSalience: 3, ...FIRM },
    ]);
    expect(result.pointsOfAgreement).toEqual([]);
    expect(result.alignment).toEqual([{ a: 'b', b: 'a', score: 30, compared: 1 }]);
    expect(result.shifts).toEqual([]);
  });

  it('handles a dataset with no positions', () => {
    const result = analyse(dataset());
    expect(result.disagreements).toEqual([{ issue: 'x', known: 0 }]);
    expect([
      result.pointsOfDisagreement,
      result.pointsOfAgreement,
      result.openDemands,
      result.shifts,
    ]).toEqual([[], [], [], []]);
    expect(result.alignment).toEqual([{ a: 'a', b: 'b', compared: 0 }]);
  });
});
