import type { Source } from '@/lib/model';

/**
 * The sources in reading order.
 * RULE: by date, oldest first (a date given as a year or a month sorts before the days within
 * it), then by title; sources without a date come last, by title. The list is not changed.
 */
export function sourcesByDate(sources: readonly Source[]): Source[] {
  return [...sources].sort((x, y) => {
    if (x.date !== y.date) {
      if (x.date === undefined) return 1;
      if (y.date === undefined) return -1;
      return x.date < y.date ? -1 : 1;
    }
    return x.title.localeCompare(y.title, 'en');
  });
}
