/**
 * The request header proxy.ts copies a URL's kept view parameters into (`?version=`, `?orient=`,
 * `?whatif=`, as a query string), so that the dataset layout, which Next gives no query, reads the same
 * version and orientation as the page below it. One sent by the client is never trusted.
 */
export const KEPT_VIEW_HEADER = 'x-kept-view';

/** The view parameters every page of a dataset keeps: which version, oriented to whom, what if. */
export const KEPT_VIEW_PARAMS = ['version', 'orient', 'whatif', 'reviewed'] as const;

/** The longest value kept per parameter: a what-if link lists several changes. */
const KEPT_VIEW_LENGTH: Record<(typeof KEPT_VIEW_PARAMS)[number], number> = {
  version: 64,
  orient: 64,
  whatif: 500,
  reviewed: 16,
};

/** The kept view as the request header's value ('version=3&orient=ukraine'), or undefined when none is asked for. */
export function keptViewHeaderValue(query: URLSearchParams): string | undefined {
  const kept = new URLSearchParams();
  for (const name of KEPT_VIEW_PARAMS) {
    const value = query.get(name);
    if (value) kept.set(name, value.slice(0, KEPT_VIEW_LENGTH[name]));
  }
  const value = kept.toString();
  return value || undefined;
}

/** One kept parameter from the header's value, trimmed; undefined when absent or empty. */
export function keptViewParam(
  header: string | null,
  name: (typeof KEPT_VIEW_PARAMS)[number],
): string | undefined {
  if (!header) return undefined;
  return new URLSearchParams(header).get(name)?.trim() || undefined;
}

/**
 * The request header proxy.ts copies a page's whole query into, so the orientation form in the
 * layout can resubmit the page's other parameters (round, parties, sort, …) with the new
 * orientation. One sent by the client is never trusted.
 */
export const PAGE_QUERY_HEADER = 'x-page-query';

/** The longest page query passed on; a longer one is not (the form then keeps the kept view only). */
const PAGE_QUERY_LENGTH = 2000;

/** The page's query as the header's value, without the leading '?'; undefined when empty or too long. */
export function pageQueryHeaderValue(query: URLSearchParams): string | undefined {
  const value = query.toString();
  return value && value.length <= PAGE_QUERY_LENGTH ? value : undefined;
}

/**
 * The fields a form that changes only the orientation resubmits: every parameter of the page's
 * query but `orient`, and but `whatif`, whose values are read on the scale as shown and would
 * change meaning under another orientation. Repeated parameters stay repeated, in order.
 */
export function reorientFields(header: string | null): [string, string][] {
  if (!header) return [];
  return [...new URLSearchParams(header)].filter(
    ([name]) => name !== 'orient' && name !== 'whatif',
  );
}

/**
 * The fields a form that changes only whether approved cells alone are read resubmits: every
 * parameter of the page's query but `reviewed` (and the page number, which may no longer exist).
 */
export function reviewedToggleFields(header: string | null): [string, string][] {
  if (!header) return [];
  return [...new URLSearchParams(header)].filter(
    ([name]) => name !== 'reviewed' && name !== 'page' && name !== 'review-notice',
  );
}
