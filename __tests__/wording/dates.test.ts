import { formatDate } from '@/lib/wording/dates';

describe('formatDate', () => {
  it('writes full, month and year dates as readers say them', () => {
    expect(formatDate('2025-05-16')).toBe('16 May 2025');
    expect(formatDate('2025-01-02')).toBe('2 January 2025');
    expect(formatDate('2025-05')).toBe('May 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});
