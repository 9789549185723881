import { CELL_STATUS_WORDS, positionStatusText, statusLabel } from '@/lib/wording/status';

describe('CELL_STATUS_WORDS', () => {
  it('has words for every status, a silence never worded as a value', () => {
    expect(CELL_STATUS_WORDS).toEqual({
      stated: 'stated',
      inferred: 'inferred',
      withdrawn: 'withdrawn',
      none: 'no stated position',
      'not-coded': 'not coded',
      'not-at-table': 'not at the table',
    });
  });
});

describe('statusLabel', () => {
  it('capitalises the status words for a label on its own', () => {
    expect(statusLabel('stated')).toBe('Stated');
    expect(statusLabel('none')).toBe('No stated position');
    expect(statusLabel('not-coded')).toBe('Not coded');
    expect(statusLabel('withdrawn')).toBe('Withdrawn');
    expect(statusLabel('not-at-table')).toBe('Not at the table');
  });
});

describe('positionStatusText', () => {
  it('words an uncoded cell as a silence, the others as their own words', () => {
    expect(positionStatusText('inferred')).toBe('inferred');
    expect(positionStatusText('none')).toBe('no stated position');
    expect(positionStatusText('not-coded')).toBe('no stated position');
  });
});
