import { joinListParams } from '@/lib/url/formParams';
import { cellStatus, deltaText, intervalText, scaleGeometry, valueText } from '@/lib/view/position';
import { takeSnapshot } from '@/lib/analysis';
import { statusCounts } from '@/lib/view/method';
import { coded, dataset, silent } from '../analysis/fixtures';

describe('cellStatus', () => {
  it('tells stated, inferred, none and not coded apart', () => {
    expect(
      cellStatus({ party: 'a', issue: 'x', carried: false, position: coded('a', 'x', 'r', 1) }),
    ).toBe('stated');
    expect(
      cellStatus({
        party: 'a',
        issue: 'x',
        carried: false,
        position: coded('a', 'x', 'r', 1, { status: 'inferred' }),
      }),
    ).toBe('inferred');
    expect(
      cellStatus({ party: 'a', issue: 'x', carried: false, position: silent('a', 'x', 'r') }),
    ).toBe('none');
    expect(cellStatus({ party: 'a', issue: 'x', carried: false })).toBe('not-coded');
    expect(cellStatus(undefined)).toBe('not-coded');
  });
});

describe('scaleGeometry', () => {
  it('places a value and a range as percentages, clamped to the bar', () => {
    expect(scaleGeometry(62, { min: 50, max: 80 })).toEqual({
      marker: '62%',
      range: { left: '50%', width: '30%' },
    });
    expect(scaleGeometry(0)).toEqual({ marker: '0%' });
  });

  it('draws nothing for no value and no range', () => {
    expect(scaleGeometry(undefined)).toBeUndefined();
  });
});

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

describe('joinListParams', () => {
  it('joins repeated parties and issues from a checkbox form and leaves the rest', () => {
    expect(joinListParams({ parties: ['a', 'b'], issues: 'x', round: ['r1', 'r2'] })).toEqual({
      parties: 'a,b',
      issues: 'x',
      round: ['r1', 'r2'],
    });
  });
});

describe('statusCounts', () => {
  it('counts every cell of the snapshot once, by status', () => {
    const d = dataset({
      parties: ['a', 'b', 'c'],
      positions: [
        coded('a', 'x', 'r1', 5),
        coded('b', 'x', 'r1', 5, { status: 'inferred' }),
        silent('c', 'x', 'r1'),
      ],
      issues: ['x', 'y'],
    });
    expect(statusCounts(takeSnapshot(d))).toEqual({
      stated: 1,
      inferred: 1,
      none: 1,
      'not-coded': 3,
    });
  });
});
