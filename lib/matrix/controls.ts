import { ONLY_GAPS_THRESHOLD } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { type ViewState, toQueryString, viewHref } from '@/lib/url/query';
import { downloadHref } from '@/lib/url/routes';

/** Words for each sort order. */
export const SORT_WORDS: Record<ViewState['sort'], string> = {
  gap: 'Furthest apart',
  'range-gap': 'Widest range gap',
  salience: 'Salience',
  title: 'Title',
};

/** A link that changes one thing about the view. */
export interface ViewLink {
  label: string;
  href: string;
  current: boolean;
}

/** One link per sort order, keeping the rest of the view. */
export function sortLinks(dataset: Dataset, state: ViewState, path: string): ViewLink[] {
  return (Object.keys(SORT_WORDS) as ViewState['sort'][]).map((sort) => ({
    label: SORT_WORDS[sort],
    href: viewHref(path, state, { sort }, dataset),
    current: state.sort === sort,
  }));
}

/** What the `only=gaps` checkbox says. */
export const ONLY_GAPS_WORDS = `Only issues with positions ${ONLY_GAPS_THRESHOLD} points or more apart`;

/** The download link of the matrix as CSV, for the same view (parties, round, q, only). */
export function csvHref(dataset: Dataset, state: ViewState): string {
  const { parties, round, q, only, issues } = state;
  return downloadHref(
    dataset.id,
    'matrix.csv',
    toQueryString({ parties, round, q, only, issues }, dataset),
  );
}

/** A link that clears the text and gap filters, keeping parties, round and sort. */
export function clearFiltersHref(dataset: Dataset, state: ViewState, path: string): string {
  return viewHref(
    path,
    { ...state, q: '', only: undefined, issues: undefined, review: undefined },
    {},
    dataset,
  );
}
