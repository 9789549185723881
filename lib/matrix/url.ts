import type { SearchParams } from '@/lib/url/query';

function entries(params: URLSearchParams): string[] {
  return [...params.entries()].map(([k, v]) => `${k}=${v}`).sort();
}

/**
 * True when the raw query says exactly what the canonical query string says (order aside).
 * A repeated parameter is never canonical: links join ids with commas.
 */
export function isCanonicalQuery(raw: SearchParams, canonical: string): boolean {
  const given = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    // a repeated parameter (a form of checkboxes) is never the short form
    if (Array.isArray(value)) return false;
    given.set(key, value);
  }
  const want = new URLSearchParams(canonical);
  return entries(given).join('&') === entries(want).join('&');
}
