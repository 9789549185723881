/** Query parameters Next adds to a URL for its own caching (the RSC cache-buster): never view state. */
const NEXT_INTERNAL_PARAMS: readonly string[] = ['_rsc'];

/**
 * The URL a response is cached and tagged under: the path and every query parameter in name
 * order (repeated names keep their order, since `parties=a&parties=b` may mean an order), so that
 * `?round=2&sort=gap` and `?sort=gap&round=2` share an entry. No parameter is whitelisted: one a
 * later feature adds (`orient`, `whatif`, …) changes the key without anyone remembering to list it.
 */
export function canonicalUrl(pathname: string, params: URLSearchParams): string {
  const entries = [...params].filter(([name]) => !NEXT_INTERNAL_PARAMS.includes(name));
  // Array.prototype.sort is stable: values under one name stay in the order they came.
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(entries).toString();
  return query ? pathname + '?' + query : pathname;
}
