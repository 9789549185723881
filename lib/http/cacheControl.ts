/** Public read pages, CSVs and the API: any cache may keep them, revalidating after a minute at the edge. */
export const PUBLIC_READ_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
/** Pages for one person only (a session, an editing page, a private workspace): kept by no cache. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** What decides a read's Cache-Control. */
export interface CacheAudience {
  /** The request carries a session (a cookie or an Authorization header). */
  session: boolean;
  /** The page edits data. */
  editing: boolean;
  /** The dataset lives in the workspace and WORKSPACE_PRIVATE=1. */
  privateWorkspace: boolean;
  /** The page is one person's: sign-in, sign-out, the workspace's pages and actions. */
  personal?: boolean;
}

/** True when a response for this audience must not be shared: no cache, no validator. */
export function isPrivateRead(audience: CacheAudience): boolean {
  return (
    audience.session || audience.editing || audience.privateWorkspace || audience.personal === true
  );
}

/**
 * The Cache-Control of a read: `private, no-store` for private reads, else CACHE_CONTROL when set
 * (trimmed; empty, or with characters a header cannot carry, counts as unset), else the public
 * default.
 */
export function cacheControlFor(audience: CacheAudience, override: string | undefined): string {
  if (isPrivateRead(audience)) return PRIVATE_NO_STORE;
  const configured = override?.trim();
  return configured && /^[\x20-\x7e]+$/.test(configured) ? configured : PUBLIC_READ_CACHE;
}
