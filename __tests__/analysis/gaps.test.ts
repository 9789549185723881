import {
  type GapSide,
  distanceBetween,
  issueGaps,
  pairwiseGap,
  rangeGapBetween,
  takeSnapshot,
} from '@/lib/analysis';
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

describe('distanceBetween', () => {
  it('is |a − b| whatever the ranges', () => {
    expect(distanceBetween(point(20), point(65))).toBe(45);
    expect(distanceBetween(ranged(20, 10, 30), point(65))).toBe(45);
    expect(distanceBetween(point(65), point(20))).toBe(45);
  });
});

describe('rangeGapBetween', () => {
  it('is |a − b| for points and the interval distance with a range', () => {
    expect(rangeGapBetween(point(20), point(65))).toBe(45);
    expect(rangeGapBetween(ranged(20, 10, 30), point(65))).toBe(35);
  });
});

describe('pairwiseGap', () => {
  it('is |a − b| with no overlap for two points', () => {
    expect(pairwiseGap(point(20), point(65))).toEqual({
      distance: 45,
      rangeGap: 45,
      ranged: false,
    });
  });

  it('is 0 with no overlap for identical points', () => {
    expect(pairwiseGap(point(50), point(50))).toEqual({ distance: 0, rangeGap: 0, ranged: false });
  });

  it('gives the intersection of crossing ranges as overlap', () => {
    expect(pairwiseGap(ranged(20, 10, 40), ranged(60, 30, 70))).toEqual({
      distance: 40,
      rangeGap: 0,
      ranged: true,
      overlap: { min: 30, max: 40 },
    });
  });

  it('gives a zero-width overlap for touching ranges', () => {
    expect(pairwiseGap(ranged(20, 10, 30), ranged(40, 30, 50))).toEqual({
      distance: 20,
      rangeGap: 0,
      ranged: true,
      overlap: { min: 30, max: 30 },
    });
  });

  it('gives the inner range as overlap for nested ranges', () => {
    expect(pairwiseGap(ranged(50, 0, 100), ranged(45, 40, 60))).toEqual({
      distance: 5,
      rangeGap: 0,
      ranged: true,
      overlap: { min: 40, max: 60 },
    });
  });

  it('measures from the point to the range when only one side is ranged', () => {
    expect(pairwiseGap(ranged(20, 10, 30), point(45))).toEqual({
      distance: 25,
      rangeGap: 15,
      ranged: true,
    });
    expect(pairwiseGap(point(5), ranged(20, 10, 30))).toEqual({
      distance: 15,
      rangeGap: 5,
      ranged: true,
    });
  });

  it('gives the point as overlap when it lies inside the one range', () => {
    expect(pairwiseGap(ranged(20, 10, 30), point(25))).toEqual({
      distance: 5,
      rangeGap: 0,
      ranged: true,
      overlap: { min: 25, max: 25 },
    });
  });

  it('measures between separate ranges', () => {
    expect(pairwiseGap(ranged(10, 0, 20), ranged(90, 70, 100))).toEqual({
      distance: 80,
      rangeGap: 50,
      ranged: true,
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
      { issue: 'x', a: 'a', b: 'c', distance: 80, rangeGap: 80, ranged: false },
      { issue: 'x', a: 'a', b: 'd', distance: 30, rangeGap: 20, ranged: true },
      {
        issue: 'x',
        a: 'c',
        b: 'd',
        distance: 50,
        rangeGap: 0,
        ranged: true,
        overlap: { min: 90, max: 90 },
      },
    ]);
  });

  it('is empty with one known position or an unknown issue', () => {
    const snapshot = takeSnapshot(dataset({ positions: [coded('a', 'x', 'r1', 10)] }));
    expect(issueGaps(snapshot, 'x')).toEqual([]);
    expect(issueGaps(snapshot, 'nope')).toEqual([]);
  });
});
