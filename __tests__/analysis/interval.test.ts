import { intersection, intervalDistance, pointInterval, positionInterval } from '@/lib/analysis';
import { coded } from './fixtures';

describe('pointInterval', () => {
  it('is zero width at the value', () => {
    expect(pointInterval(40)).toEqual({ min: 40, max: 40 });
  });
});

describe('positionInterval', () => {
  it('is the acceptable range when given', () => {
    expect(
      positionInterval(coded('a', 'x', 'r1', 40, { acceptable: { min: 30, max: 55 } })),
    ).toEqual({ min: 30, max: 55 });
  });

  it('is the point value without a range', () => {
    expect(positionInterval(coded('a', 'x', 'r1', 40))).toEqual({ min: 40, max: 40 });
  });
});

describe('intervalDistance', () => {
  it('is the space between separate intervals, in either order', () => {
    expect(intervalDistance({ min: 10, max: 20 }, { min: 35, max: 50 })).toBe(15);
    expect(intervalDistance({ min: 35, max: 50 }, { min: 10, max: 20 })).toBe(15);
  });

  it('is 0 for crossing, touching and nested intervals', () => {
    expect(intervalDistance({ min: 10, max: 40 }, { min: 30, max: 50 })).toBe(0);
    expect(intervalDistance({ min: 10, max: 30 }, { min: 30, max: 50 })).toBe(0);
    expect(intervalDistance({ min: 10, max: 90 }, { min: 30, max: 50 })).toBe(0);
  });
});

describe('intersection', () => {
  it('is the common part of crossing intervals', () => {
    expect(intersection({ min: 10, max: 40 }, { min: 30, max: 50 })).toEqual({ min: 30, max: 40 });
  });

  it('is zero width when intervals only touch', () => {
    expect(intersection({ min: 10, max: 30 }, { min: 30, max: 50 })).toEqual({ min: 30, max: 30 });
  });

  it('is the inner interval when one is nested in the other', () => {
    expect(intersection({ min: 10, max: 90 }, { min: 30, max: 50 })).toEqual({ min: 30, max: 50 });
  });

  it('is undefined when intervals are apart', () => {
    expect(intersection({ min: 10, max: 20 }, { min: 21, max: 50 })).toBeUndefined();
  });
});
