import { predictOutcome, takeSnapshot, weightedMean, weightedMedian } from '@/lib/analysis';
import { coded, dataset, withParties } from './fixtures';

describe('weightedMedian', () => {
  it('is undefined with no positive weight', () => {
    expect(weightedMedian([])).toBeUndefined();
    expect(weightedMedian([{ value: 10, weight: 0 }])).toBeUndefined();
  });

  it('with equal weights is the plain median (odd and even counts)', () => {
    const equal = (values: number[]) => values.map((value) => ({ value, weight: 7 }));
    expect(weightedMedian(equal([30, 10, 20]))).toBe(20);
    expect(weightedMedian(equal([40, 10, 20, 30]))).toBe(25);
  });

  it('goes to the value where the running weight passes half', () => {
    expect(
      weightedMedian([
        { value: 10, weight: 1 },
        { value: 50, weight: 3 },
        { value: 90, weight: 1 },
      ]),
    ).toBe(50);
    expect(
      weightedMedian([
        { value: 10, weight: 6 },
        { value: 90, weight: 5 },
      ]),
    ).toBe(10);
  });

  it('takes the midpoint on an exact half (a tie), also with decimal weights', () => {
    expect(
      weightedMedian([
        { value: 0, weight: 0.1 * 3 },
        { value: 100, weight: 0.3 },
      ]),
    ).toBe(50);
  });
});

describe('weightedMean', () => {
  it('with equal weights is the plain mean', () => {
    expect(weightedMean([10, 20, 60].map((value) => ({ value, weight: 2 })))).toBe(30);
  });
  it('weighs each value', () => {
    // (1·0 + 3·100) / 4
    expect(
      weightedMean([
        { value: 0, weight: 1 },
        { value: 100, weight: 3 },
      ]),
    ).toBe(75);
  });
});

describe('predictOutcome', () => {
  const base = dataset({
    parties: ['a', 'b', 'c'],
    positions: [
      coded('a', 'x', 'r1', 20, { salience: 5 }),
      coded('b', 'x', 'r1', 80),
      coded('c', 'x', 'r1', 50, { salience: 1 }),
    ],
  });

  it('is never made from fewer than two positions with a capability', () => {
    const one = withParties(base, { a: { capability: 60 } });
    expect(predictOutcome(takeSnapshot(one), one.parties, 'x')).toBeUndefined();
    expect(predictOutcome(takeSnapshot(base), base.parties, 'x')).toBeUndefined();
  });

  it('leaves out parties without a capability and names them', () => {
    const d = withParties(base, { a: { capability: 60 }, b: { capability: 40 } });
    const p = predictOutcome(takeSnapshot(d), d.parties, 'x')!;
    expect(p.withoutCapability).toEqual(['c']);
    // Weights: a 60 × 5 = 300, b 40 × 3 (salience not given) = 120.
    expect(p.inputs.map((i) => [i.party, i.weight, i.salienceAssumed])).toEqual([
      ['a', 300, false],
      ['b', 120, true],
    ]);
    expect(p.median).toBe(20);
    // (300·20 + 120·80) / 420
    expect(p.mean).toBeCloseTo(15600 / 420);
  });

  it('with equal capability and salience gives the plain median and mean', () => {
    const d = withParties(
      dataset({
        parties: ['a', 'b', 'c', 'd'],
        positions: [10, 20, 40, 90].map((v, i) => coded(['a', 'b', 'c', 'd'][i]!, 'x', 'r1', v)),
      }),
      {
        a: { capability: 50 },
        b: { capability: 50 },
        c: { capability: 50 },
        d: { capability: 50 },
      },
    );
    const p = predictOutcome(takeSnapshot(d), d.parties, 'x')!;
    expect(p.median).toBe(30);
    expect(p.mean).toBe(40);
  });

  it('is undefined when every capability is 0', () => {
    const d = withParties(base, { a: { capability: 0 }, b: { capability: 0 } });
    expect(predictOutcome(takeSnapshot(d), d.parties, 'x')).toBeUndefined();
  });
});
