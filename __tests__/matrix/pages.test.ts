import { pageContaining, pageNumbers, pageOfRows, pagerFor } from '@/lib/matrix/pages';
import type { Dataset } from '@/lib/model';
import { DEFAULT_VIEW } from '@/lib/url/query';

const rows = Array.from({ length: 120 }, (_, i) => `issue-${i + 1}`);

describe('pageOfRows', () => {
  it('cuts the rows into pages of the chosen size', () => {
    expect(pageOfRows(rows, 1, 50)).toMatchObject({
      page: 1,
      pageCount: 3,
      first: 1,
      last: 50,
      total: 120,
    });
    const third = pageOfRows(rows, 3, 50);
    expect(third.rows).toEqual(rows.slice(100));
    expect(third).toMatchObject({ first: 101, last: 120, pageCount: 3 });
    expect(third.missing).toBeUndefined();
  });

  it('shows the last page, and says which page was asked for, when the page does not exist', () => {
    const page = pageOfRows(rows, 9, 50);
    expect(page).toMatchObject({ page: 3, missing: 9, first: 101, last: 120 });
  });

  it('has one empty page when no row matches', () => {
    expect(pageOfRows([], 1, 50)).toEqual({
      rows: [],
      page: 1,
      pageCount: 1,
      first: 0,
      last: 0,
      total: 0,
    });
  });

  it('keeps every row on one page when they fit', () => {
    const page = pageOfRows(rows.slice(0, 14), 1, 50);
    expect(page.rows).toHaveLength(14);
    expect(page.pageCount).toBe(1);
  });
});

describe('pageNumbers', () => {
  it('lists every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the ends and two either side of the current page, with gaps between', () => {
    expect(pageNumbers(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pageNumbers(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('shows a single left-out page as its number rather than a gap', () => {
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('pagerFor', () => {
  const dataset = {
    parties: [{ id: 'a' }],
    issues: [{ id: 'x' }],
    rounds: [{ id: 'r1', date: '2025-01-01' }],
  } as unknown as Dataset;

  it('links to the neighbouring pages, keeping the rest of the view', () => {
    const state = { ...DEFAULT_VIEW, sort: 'title' as const, rows: 25, page: 2 };
    const pager = pagerFor(dataset, state, '/d/matrix', { page: 2, pageCount: 3 });
    expect(pager.previous).toBe('/d/matrix?sort=title&rows=25');
    expect(pager.next).toBe('/d/matrix?sort=title&rows=25&page=3');
    expect(pager.links).toEqual([
      { page: 1, href: '/d/matrix?sort=title&rows=25', current: false },
      { page: 2, href: '/d/matrix?sort=title&rows=25&page=2', current: true },
      { page: 3, href: '/d/matrix?sort=title&rows=25&page=3', current: false },
    ]);
  });

  it('has no previous link on the first page and no next link on the last', () => {
    const first = pagerFor(dataset, DEFAULT_VIEW, '/d/matrix', { page: 1, pageCount: 2 });
    expect(first.previous).toBeUndefined();
    expect(first.next).toBe('/d/matrix?page=2');
    const last = pagerFor(dataset, DEFAULT_VIEW, '/d/matrix', { page: 2, pageCount: 2 });
    expect(last.next).toBeUndefined();
    expect(last.previous).toBe('/d/matrix');
  });
});

describe('pageContaining', () => {
  it('finds the page an issue falls on', () => {
    expect(pageContaining(rows, 'issue-1', 50)).toBe(1);
    expect(pageContaining(rows, 'issue-50', 50)).toBe(1);
    expect(pageContaining(rows, 'issue-51', 50)).toBe(2);
    expect(pageContaining(rows, 'issue-120', 25)).toBe(5);
  });
  it('falls back to the first page for an issue not shown', () => {
    expect(pageContaining(rows, 'nowhere', 50)).toBe(1);
  });
});
