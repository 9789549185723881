import { alignmentMatrix, pairAlignment, takeSnapshot } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

const data = dataset({
  parties: ['a', 'b', 'c'],
  issues: ['x', 'y', 'z'],
  positions: [
    coded('a', 'x', 'r1', 10),
    coded('b', 'x', 'r1', 40),
    coded('a', 'y', 'r1', 50, { acceptable: { min: 40, max: 70 } }),
    coded('b', 'y', 'r1', 80, { acceptable: { min: 60, max: 100 } }),
    coded('a', 'z', 'r1', 0),
    silent('b', 'z', 'r1'),
    silent('c', 'x', 'r1'),
  ],
});

describe('pairAlignment', () => {
  it('is 100 − the mean gap over issues both have a known position on', () => {
    // x: gap 30; y: ranges overlap, gap 0; z: b silent, not compared
    expect(pairAlignment(takeSnapshot(data), 'a', 'b')).toEqual({
      a: 'a',
      b: 'b',
      score: 85,
      compared: 2,
    });
  });

  it('has no score (not 0) when there is no common issue', () => {
    const result = pairAlignment(takeSnapshot(data), 'a', 'c');
    expect(result).toEqual({ a: 'a', b: 'c', compared: 0 });
    expect(result.score).toBeUndefined();
  });

  it('is 100 for identical values', () => {
    const same = dataset({ positions: [coded('a', 'x', 'r1', 33), coded('b', 'x', 'r1', 33)] });
    expect(pairAlignment(takeSnapshot(same), 'a', 'b')).toEqual({
      a: 'a',
      b: 'b',
      score: 100,
      compared: 1,
    });
  });
});

describe('alignmentMatrix', () => {
  it('gives every unordered pair in party order', () => {
    expect(alignmentMatrix(takeSnapshot(data))).toEqual([
      { a: 'a', b: 'b', score: 85, compared: 2 },
      { a: 'a', b: 'c', compared: 0 },
      { a: 'b', b: 'c', compared: 0 },
    ]);
  });

  it('follows the snapshot party order', () => {
    expect(alignmentMatrix(takeSnapshot(data, { parties: ['b', 'a'] }))).toEqual([
      { a: 'b', b: 'a', score: 85, compared: 2 },
    ]);
  });

  it('is empty with one party', () => {
    expect(alignmentMatrix(takeSnapshot(dataset({ parties: ['a'] })))).toEqual([]);
  });
});
