import { issueDisagreement, takeSnapshot, weightedSpread } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

describe('issueDisagreement', () => {
  it('has no widest gap and no spread with no positions', () => {
    expect(issueDisagreement(takeSnapshot(dataset()), 'x')).toEqual({ issue: 'x', known: 0 });
  });

  it('has no widest gap (not 0) when only one side is known', () => {
    const snapshot = takeSnapshot(
      dataset({ positions: [coded('a', 'x', 'r1', 40), silent('b', 'x', 'r1')] }),
    );
    const result = issueDisagreement(snapshot, 'x');
    expect(result).toEqual({ issue: 'x', known: 1 });
    expect(result.widest).toBeUndefined();
    expect(result.spread).toBeUndefined();
  });

  it('has a zero gap and zero spread for identical values', () => {
    const snapshot = takeSnapshot(
      dataset({ positions: [coded('a', 'x', 'r1', 40), coded('b', 'x', 'r1', 40)] }),
    );
    expect(issueDisagreement(snapshot, 'x')).toEqual({
      issue: 'x',
      known: 2,
      widest: { issue: 'x', a: 'a', b: 'b', distance: 0, rangeGap: 0, ranged: false },
      maxRangeGap: 0,
      spread: 0,
    });
  });

  it('picks the pair furthest apart, the first pair in party order on ties', () => {
    const data = dataset({
      parties: ['a', 'b', 'c', 'd'],
      positions: [
        coded('a', 'x', 'r1', 0),
        coded('b', 'x', 'r1', 60),
        coded('c', 'x', 'r1', 100),
        coded('d', 'x', 'r1', 40),
      ],
    });
    expect(issueDisagreement(takeSnapshot(data), 'x').widest).toEqual({
      issue: 'x',
      a: 'a',
      b: 'c',
      distance: 100,
      rangeGap: 100,
      ranged: false,
    });
    const tied = dataset({
      parties: ['a', 'b', 'c'],
      positions: [coded('a', 'x', 'r1', 50), coded('b', 'x', 'r1', 0), coded('c', 'x', 'r1', 100)],
    });
    expect(issueDisagreement(takeSnapshot(tied), 'x').widest).toMatchObject({
      a: 'b',
      b: 'c',
      distance: 100,
    });
  });

  it('gives the widest pair its range gap beside the distance when ranged', () => {
    const data = dataset({
      positions: [
        coded('a', 'x', 'r1', 20, { acceptable: { min: 10, max: 50 } }),
        coded('b', 'x', 'r1', 80, { acceptable: { min: 60, max: 90 } }),
      ],
    });
    expect(issueDisagreement(takeSnapshot(data), 'x').widest).toEqual({
      issue: 'x',
      a: 'a',
      b: 'b',
      distance: 60,
      rangeGap: 10,
      ranged: true,
    });
  });

  it('picks the widest pair by distance, and the largest range gap from any pair', () => {
    // a–b: positions 70 apart, ranges overlap; a–c: positions 50 apart, ranges 35 apart.
    const data = dataset({
      parties: ['a', 'b', 'c'],
      positions: [
        coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 40 } }),
        coded('b', 'x', 'r1', 80, { acceptable: { min: 30, max: 90 } }),
        coded('c', 'x', 'r1', 60, { acceptable: { min: 75, max: 75 } }),
      ],
    });
    const result = issueDisagreement(takeSnapshot(data), 'x');
    expect(result.widest).toEqual({
      issue: 'x',
      a: 'a',
      b: 'b',
      distance: 70,
      rangeGap: 0,
      ranged: true,
      overlap: { min: 30, max: 40 },
    });
    expect(result.maxRangeGap).toBe(35);
  });

  it('weights the spread by salience, 3 where none given', () => {
    const data = dataset({
      positions: [coded('a', 'x', 'r1', 0, { salience: 1 }), coded('b', 'x', 'r1', 100)],
    });
    // mean = (1·0 + 3·100) / 4 = 75; variance = (1·75² + 3·25²) / 4 = 1875
    expect(issueDisagreement(takeSnapshot(data), 'x').spread).toBeCloseTo(Math.sqrt(1875), 10);
  });
});

describe('weightedSpread', () => {
  it('is the population standard deviation with equal weights', () => {
    expect(weightedSpread([{ value: 20 }, { value: 40 }])).toBe(10);
  });

  it('is undefined for fewer than two values', () => {
    expect(weightedSpread([])).toBeUndefined();
    expect(weightedSpread([{ value: 20 }])).toBeUndefined();
  });
});
