import { changeText, deltaText, intervalText, valueText } from '@/lib/wording/position';

describe('valueText / intervalText / deltaText', () => {
  it('words values, ranges and moves', () => {
    expect(valueText(62.4)).toBe('62 of 100');
    expect(valueText(70, { min: 50, max: 100 })).toBe('70 of 100 (could accept 50–100)');
    expect(intervalText({ min: 40, max: 40 })).toBe('40 of 100');
    expect(intervalText({ min: 40, max: 55 })).toBe('40–55 of 100');
    expect(deltaText(20)).toBe('+20 points');
    expect(deltaText(-5)).toBe('−5 points');
    expect(deltaText(0)).toBe('no change (re-stated)');
  });
});

describe('changeText', () => {
  it('signs changes and names no change', () => {
    expect(changeText(20)).toBe('+20');
    expect(changeText(-15)).toBe('−15');
    expect(changeText(0)).toBe('no change');
    expect(changeText(undefined)).toBe('');
  });
});
