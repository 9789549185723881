import {
  columnFilteringFeature,
  constructFilterFn,
  constructTable,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { type GapMeasure, ONLY_GAPS_THRESHOLD } from '@/lib/analysis';
import type { Issue } from '@/lib/model';
import { type ViewState } from '@/lib/url/query';
import type { MatrixCellView } from './cell';

/** How divided the shown parties are on an issue, as the row states it. */
export type RowDisagreement =
  | ({ kind: 'gap'; a: string; b: string; aName: string; bName: string } & GapMeasure)
  | { kind: 'one-side'; party: string; partyName: string }
  | { kind: 'none' };

/** One issue of the matrix without its cells: what sorting and filtering need. */
export interface MatrixRowHead {
  issue: Issue;
  disagreement: RowDisagreement;
  /** The largest distance between two shown parties' positions; undefined with fewer than two known positions. */
  distance?: number;
  /** The largest range gap between two shown parties; undefined with fewer than two known positions. */
  rangeGap?: number;
  /** How many shown parties have a position with a value. */
  known: number;
  /** The highest salience (1-5) a shown party gives the issue; undefined when none gives one. */
  salience?: number;
  /** Text the `q` filter searches: title, question, category and the cells' labels. */
  searchText: string;
}

/** One issue of the matrix: its cells in party order and its widest pair. */
export interface MatrixRow extends MatrixRowHead {
  cells: MatrixCellView[];
}

/** Lowercase, without accents, so "turkiye" finds "Türkiye". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const includesFolded = constructFilterFn({
  ...filterFn_includesString,
  resolveFilterValue: (value: unknown) => foldText(String(value)).trim(),
  resolveDataValue: (value: unknown) => (value == null ? undefined : foldText(String(value))),
});

/** RULE: `only=gaps` keeps issues whose widest pair is at least the threshold apart; no gap is never a gap. */
const gapAtLeast = constructFilterFn({
  filter: (distance: number | undefined, threshold: number) =>
    distance !== undefined && distance >= threshold,
  resolveFilterValue: (value: unknown) => Number(value),
});

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesFolded, gapAtLeast },
});

const helper = createColumnHelper<typeof features, MatrixRowHead>();
const columns = helper.columns([
  helper.accessor((row) => row.issue.title, { id: 'title', sortFn: 'alphanumeric' }),
  helper.accessor((row) => row.distance, {
    id: 'gap',
    sortFn: 'basic',
    sortUndefined: 'last',
    filterFn: 'gapAtLeast',
  }),
  helper.accessor((row) => row.rangeGap, {
    id: 'rangeGap',
    sortFn: 'basic',
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.known, { id: 'known', sortFn: 'basic' }),
  helper.accessor((row) => row.salience, {
    id: 'salience',
    sortFn: 'basic',
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.searchText, { id: 'text', filterFn: 'includesFolded' }),
]);

/**
 * Sort orders, with tie-breaks so the order never depends on chance.
 * RULE: gap = positions furthest apart first, issues with no gap after them (one side known before
 * none), then title; range-gap = widest range gap first, then furthest apart, then as gap;
 * salience = most salient first (none given last), then furthest apart, then title; title = A to Z.
 */
export const SORTINGS: Record<ViewState['sort'], SortingState> = {
  gap: [
    { id: 'gap', desc: true },
    { id: 'known', desc: true },
    { id: 'title', desc: false },
  ],
  'range-gap': [
    { id: 'rangeGap', desc: true },
    { id: 'gap', desc: true },
    { id: 'known', desc: true },
    { id: 'title', desc: false },
  ],
  salience: [
    { id: 'salience', desc: true },
    { id: 'gap', desc: true },
    { id: 'title', desc: false },
  ],
  title: [{ id: 'title', desc: false }],
};

/** The rows the matrix shows for a view: filtered by `q` and `only`, in `sort` order, with TanStack Table. */
export function sortAndFilterRows<Row extends MatrixRowHead>(
  rows: Row[],
  view: Pick<ViewState, 'sort' | 'q' | 'only'>,
): Row[] {
  const columnFilters: ColumnFiltersState = [];
  if (view.q.trim()) columnFilters.push({ id: 'text', value: view.q });
  if (view.only === 'gaps') columnFilters.push({ id: 'gap', value: ONLY_GAPS_THRESHOLD });
  const table = constructTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.issue.id,
    initialState: { sorting: SORTINGS[view.sort], columnFilters },
  });
  return table.getRowModel().rows.map((row) => row.original as Row);
}
