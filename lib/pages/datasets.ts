import { count } from '@/lib/wording/numbers';

/** One entry of the header's dataset switcher. */
export interface DatasetChoice {
  id: string;
  title: string;
  /** "3 errors" for a dataset that is not shown until fixed. */
  errors?: string;
}

/** Switcher entries from store summaries: valid datasets by title, broken ones by id. */
export function datasetChoices(
  summaries: readonly { id: string; title?: string; problems: readonly unknown[] }[],
): DatasetChoice[] {
  return summaries.map((s) =>
    s.title !== undefined && s.problems.length === 0
      ? { id: s.id, title: s.title }
      : { id: s.id, title: s.id, errors: count(s.problems.length, 'error') },
  );
}
