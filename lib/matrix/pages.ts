import type { Dataset } from '@/lib/model';
import { type ViewState, viewHref } from '@/lib/url/query';

/** One page of the matrix's issues. */
export interface RowPage<T> {
  /** The rows on this page. */
  rows: T[];
  /** This page's number, from 1 (after clamping to the pages there are). */
  page: number;
  /** How many pages the filtered issues fill (at least 1). */
  pageCount: number;
  /** Position of the first and last row shown, from 1; both 0 when there are no rows. */
  first: number;
  last: number;
  /** All rows on all pages. */
  total: number;
  /** The page asked for, when it did not exist and the last page is shown instead. */
  missing?: number;
}

/** Cuts the sorted, filtered rows into pages of `perPage` and returns page `page`. */
export function pageOfRows<T>(rows: readonly T[], page: number, perPage: number): RowPage<T> {
  const size = Math.max(1, Math.floor(perPage));
  const pageCount = Math.max(1, Math.ceil(rows.length / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (shown - 1) * size;
  const slice = rows.slice(start, start + size);
  const result: RowPage<T> = {
    rows: slice,
    page: shown,
    pageCount,
    first: slice.length ? start + 1 : 0,
    last: start + slice.length,
    total: rows.length,
  };
  if (shown !== page) result.missing = page;
  return result;
}

/** A link to one page; `gap` stands for pages left out between the numbers shown. */
export type PageLink = { page: number; href: string; current: boolean } | { gap: true };

/** The pager under and above the matrix: previous, next, and a short run of page numbers. */
export interface Pager {
  previous?: string;
  next?: string;
  links: PageLink[];
}

/**
 * Page numbers to offer: the first, the last, and two either side of the current page, with
 * a gap where numbers are left out (1 … 4 5 6 7 8 … 20).
 */
export function pageNumbers(page: number, pageCount: number): Array<number | 'gap'> {
  const wanted = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  for (const [i, p] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && p - before === 2) out.push(before + 1);
    else if (before !== undefined && p - before > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

/** Links to the pages of the matrix, keeping every other part of the view. */
export function pagerFor(
  dataset: Dataset,
  state: ViewState,
  path: string,
  rows: Pick<RowPage<unknown>, 'page' | 'pageCount'>,
): Pager {
  const href = (page: number) => viewHref(path, state, { page }, dataset);
  const pager: Pager = {
    links: pageNumbers(rows.page, rows.pageCount).map((p) =>
      p === 'gap' ? { gap: true } : { page: p, href: href(p), current: p === rows.page },
    ),
  };
  if (rows.page > 1) pager.previous = href(rows.page - 1);
  if (rows.page < rows.pageCount) pager.next = href(rows.page + 1);
  return pager;
}

/** The page (from 1) on which the issue `issueId` falls in `order`; 1 when it is not there. */
export function pageContaining(order: readonly string[], issueId: string, perPage: number): number {
  const index = order.indexOf(issueId);
  return index < 0 ? 1 : Math.floor(index / Math.max(1, Math.floor(perPage))) + 1;
}
