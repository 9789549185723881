import { type GapSide, gapBetween, issueGaps, pairwiseGap, takeSnapshot } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

const point = (value: number): GapSide => ({
  value,
  interval: { min: value, max: value },
  ranged: false,
});
const ranged = (value: number, min: number, max: number): GapSide => ({
  value,
  interval: { min, max },
  ranged: true,
});

describe('gapBetween', () => {
  it('is |a − b| for points and the interval distance with a range', () => {
    expect(gapBetween(point(20), point(65))).toBe(45);
    expect(gapBetween(ranged(20, 10, 30), point(65))).toBe(35);
  });
});

describe('pairwiseGap', () => {
  it('is |a − b| with no overlap for two points', () => {
    expect(pairwiseGap(point(20), point(65))).toEqual({ gap: 45, valueDistance: 45 });
  });

  it('is 0 with no overlap for identical points', () => {
    expect(pairwiseGap(point(50), point(50))).toEqual({ gap: 0, valueDistance: 0 });
  });

  it('gives the intersection of crossing ranges as overlap', () => {
    expect(pairwiseGap(ranged(20, 10, 40), ranged(60, 30, 70))).toEqual({
      gap: 0,
      valueDistance: 40,
      overlap: { min: 30, max: 40 },
    });
  });

  it('gives a zero-width overlap for touching ranges', () => {
    expect(pairwiseGap(ranged(20, 10, 30), ranged(40, 30, 50))).toEqual({
      gap: 0,
      valueDistance: 20,
      overlap: { min: 30, max: 30 },
    });
  });

  it('gives the inner range as overlap for nested ranges', () => {
    expect(pairwiseGap(ranged(50, 0, 100), ranged(45, 40, 60))).toEqual({
      gap: 0,
      valueDistance: 5,
      overlap: { min: 40, max: 60 },
    });
  });

  it('measures from the point to the range when only one side is ranged', () => {
    expect(pairwiseGap(ranged(20, 10, 30), point(45))).toEqual({ gap: 15, valueDistance: 25 });
    expect(pairwiseGap(point(5), ranged(20, 10, 30))).toEqual({ gap: 5, valueDistance: 15 });
  });

  it('gives the point as overlap when it lies inside the one range', () => {
    expect(pairwiseGap(ranged(20, 10, 30), point(25))).toEqual({
      gap: 0,
      valueDistance: 5,
      overlap: { min: 25, max: 25 },
    });
  });

  it('measures between separate ranges', () => {
    expect(pairwiseGap(ranged(10, 0, 20), ranged(90, 70, 100))).toEqual({
      gap: 50,
      valueDistance: 80,
    });
  });
});

describe('issueGaps', () => {
  it('gives every pair of known positions in party order, skipping parties with none', () => {
    const data = dataset({
      parties: ['a', 'b', 'c', 'd'],
      positions: [
        coded('c', 'x', 'r1', 90),
        coded('a', 'x', 'r1', 10),
        silent('b', 'x', 'r1'),
        coded('d', 'x', 'r1', 40, { acceptable: { min: 30, max: 95 } }),
      ],
    });
    expect(issueGaps(takeSnapshot(data), 'x')).toEqual([
      { issue: 'x', a: 'a', b: 'c', gap: 80, valueDistance: 80 },
      { issue: 'x', a: 'a', b: 'd', gap: 20, valueDistance: 30 },
      { issue: 'x', a: 'c', b: 'd', gap: 0, valueDistance: 50, overlap: { min: 90, max: 90 } },
    ]);
  });

  it('is empty with one known position or an unknown issue', () => {
    const snapshot = takeSnapshot(dataset({ positions: [coded('a', 'x', 'r1', 10)] }));
    expect(issueGaps(snapshot, 'x')).toEqual([]);
    expect(issueGaps(snapshot, 'nope')).toEqual([]);
  });
});
