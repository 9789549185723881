/** Methods that change nothing: the origin check lets them through. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The origins this request may come from: the request URL's own, and the one its Host (or the
 * nearest proxy's X-Forwarded-Host) names with the scheme it came over, plus any configured
 * (WORKSPACE_ORIGINS). A browser cannot set these headers on another site's request, and Origin
 * is compared with them, so trusting them here lets nothing cross-site through.
 */
export function ownOrigins(
  url: string | URL,
  headers: Headers,
  configured: readonly string[] = [],
): Set<string> {
  const own = new URL(url);
  const origins = new Set<string>([own.origin]);
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : own.protocol.replace(':', '');
  for (const host of [
    headers.get('x-forwarded-host')?.split(',')[0]?.trim(),
    headers.get('host'),
  ]) {
    if (!host) continue;
    try {
      origins.add(new URL(`${scheme}://${host}`).origin);
    } catch {
      // A Host header that is no host names no origin.
    }
  }
  for (const origin of configured) {
    try {
      origins.add(new URL(origin).origin);
    } catch {
      // Ignored: docs/workspace-access.md says the setting takes full origins.
    }
  }
  return origins;
}

/** The configured extra origins (WORKSPACE_ORIGINS, comma-separated), for `crossOriginReason`. */
export function configuredOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Why a request that changes something is refused as coming from another site, or undefined when
 * it may go on. Origin decides when sent (`null` included: a sandboxed or privacy-stripped
 * request is refused); without it, `Sec-Fetch-Site: cross-site` (or `same-site`, another
 * subdomain) refuses, and so does a Referer from another origin. A request with none of them
 * (curl, the CLI, a test) is not a browser's cross-site request and goes on.
 */
export function crossOriginReason(
  method: string,
  url: string | URL,
  headers: Headers,
  configured: readonly string[] = [],
): string | undefined {
  if (SAFE_METHODS.has(method.toUpperCase())) return undefined;
  const own = ownOrigins(url, headers, configured);
  const origin = headers.get('origin');
  if (origin !== null)
    return own.has(origin) ? undefined : `the request came from another origin (${origin})`;
  const site = headers.get('sec-fetch-site')?.toLowerCase();
  if (site === 'cross-site' || site === 'same-site')
    return `the request came from another site (Sec-Fetch-Site: ${site})`;
  const referer = headers.get('referer');
  if (referer) {
    let from: string;
    try {
      from = new URL(referer).origin;
    } catch {
      return 'the request came from an unreadable Referer';
    }
    if (!own.has(from)) return `the request came from another origin (${from})`;
  }
  return undefined;
}
