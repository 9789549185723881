/**
 * The request header proxy.ts copies a URL's kept view parameters into (`?version=`, `?orient=`,
 * `?whatif=`, as a query string), so that the dataset layout, which Next gives no query, reads the same
 * version and orientation as the page below it. One sent by the client is never trusted.
 */
export const KEPT_VIEW_HEADER = 'x-kept-view';

/** The view parameters every page of a dataset keeps: which version, oriented to whom, what if. */
export const KEPT_VIEW_PARAMS = ['version', 'orient', 'whatif'] as const;

/** The longest value kept per parameter: a what-if link lists several changes. */
const KEPT_VIEW_LENGTH: Record<(typeof KEPT_VIEW_PARAMS)[number], number> = {
  version: 64,
  orient: 64,
  whatif: 500,
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
