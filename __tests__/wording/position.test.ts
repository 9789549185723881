import {
  basisCaveat,
  caveatedPoints,
  changeText,
  deltaText,
  intervalText,
  valueText,
} from '@/lib/wording/position';

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

describe('caveatedPoints', () => {
  it('says when a value is inferred or held with low confidence, and nothing for a firm one', () => {
    expect(caveatedPoints(75, { status: 'inferred', confidence: 'low' })).toBe(
      '75 (inferred, low confidence)',
    );
    expect(caveatedPoints(75, { status: 'inferred', confidence: 'high' })).toBe('75 (inferred)');
    expect(caveatedPoints(75, { status: 'stated', confidence: 'low' })).toBe('75 (low confidence)');
    expect(caveatedPoints(95, { status: 'stated', confidence: 'medium' })).toBe('95');
  });
});

describe('basisCaveat', () => {
  it('is undefined for a stated value held with high confidence', () => {
    expect(basisCaveat({ status: 'stated', confidence: 'high' })).toBeUndefined();
    expect(basisCaveat({ status: 'inferred', confidence: 'low' })).toBe('inferred, low confidence');
  });
});
