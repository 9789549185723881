import { BoundedRanking } from '@/lib/analysis';
import { seeded } from './fixtures';

const ascending = (x: number, y: number) => x - y;

describe('BoundedRanking', () => {
  it('keeps the best items, best first, equal to a full sort', () => {
    const random = seeded(7);
    const values = Array.from({ length: 500 }, () => Math.floor(random() * 1000));
    for (const limit of [1, 3, 10, 499, 500, 800]) {
      const top = new BoundedRanking(ascending, limit);
      values.forEach((value) => top.offer(value));
      expect(top.ranked()).toEqual([...values].sort(ascending).slice(0, limit));
    }
  });

  it('keeps nothing with a zero, negative or NaN limit', () => {
    for (const limit of [0, -3, NaN]) {
      const top = new BoundedRanking(ascending, limit);
      top.offer(1);
      expect(top.ranked()).toEqual([]);
    }
  });

  it('admits a candidate only while it would make the cut', () => {
    const top = new BoundedRanking(ascending, 2);
    expect(top.admits(9)).toBe(true);
    top.offer(5);
    top.offer(3);
    expect(top.admits(9)).toBe(false);
    expect(top.admits(4)).toBe(true);
  });
});
