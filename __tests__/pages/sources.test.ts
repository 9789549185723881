import type { Source } from '@/lib/model';
import { sourcesByDate } from '@/lib/pages/sources';

const source = (id: string, title: string, date?: string): Source => ({
  id,
  title,
  kind: 'analysis',
  file: `${id}.txt`,
  ...(date && { date }),
});

describe('sourcesByDate', () => {
  it('orders by date, then title, undated last, leaving the input alone', () => {
    const input = [
      source('u', 'Undated'),
      source('b', 'Beta', '2025-05-16'),
      source('a', 'Alpha', '2025-05-16'),
      source('m', 'Month', '2025-05'),
      source('o', 'Old', '2024-12-01'),
    ];
    expect(sourcesByDate(input).map((s) => s.id)).toEqual(['o', 'm', 'a', 'b', 'u']);
    expect(input[0]?.id).toBe('u');
  });
});
