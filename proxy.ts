import { NextResponse, type NextRequest } from 'next/server';
import {
  contentSecurityPolicy,
  securityHeaders,
  strictTransportSecurity,
} from '@/lib/security/headers';
import {
  KEPT_VIEW_HEADER,
  keptViewHeaderValue,
  PAGE_QUERY_HEADER,
  pageQueryHeaderValue,
} from '@/lib/data/keptViewHeader';
import { malformedSegment, trailingSlashTarget } from '@/lib/security/urls';
import { proxyRead } from '@/lib/data/readCache';
import { freshNonce } from '@/lib/http/nonce';

// Read once per server process: only a deployment behind https should ask for HSTS.
const HSTS = strictTransportSecurity(process.env.HSTS_MAX_AGE);

/** The security headers on a response the proxy answers itself or passes on. */
function withSecurityHeaders<R extends Response>(response: R, policy: string): R {
  for (const { key, value } of securityHeaders()) response.headers.set(key, value);
  response.headers.set('Content-Security-Policy', policy);
  if (HSTS) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

/**
 * Runs before Next routes a request. A path segment that is not strict UTF-8 answers a plain
 * 400 here (Next would fail to decode it and answer 500 without headers); a trailing slash is
 * redirected here, with the headers (next.config.js turns Next's own redirect off). Every page
 * request then gets a fresh script nonce: Next reads it from the request's
 * Content-Security-Policy header and puts it on its own inline and bundle scripts, so the policy
 * can refuse every other script, including any that a dataset's text might smuggle in.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (malformedSegment(pathname) !== undefined) {
    const body = 'Bad request: the address is not valid percent-encoded UTF-8.\n';
    const response = new NextResponse(body, {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
    return withSecurityHeaders(response, contentSecurityPolicy());
  }
  const target = trailingSlashTarget(pathname, search);
  if (target !== undefined) {
    const response = NextResponse.redirect(new URL(target, request.url), 308);
    return withSecurityHeaders(response, contentSecurityPolicy());
  }
  const nonce = freshNonce();
  const policy = contentSecurityPolicy({ nonce });
  // Reads get their ETag and Cache-Control here; a current tag answers 304 and a cached page
  // is answered with this response's nonce, without rendering (lib/data/readCache.ts).
  const read = await proxyRead(request, nonce);
  if (read?.response) {
    // A 304 for a page names the nonce of the copy the browser holds: its stored policy is kept.
    const own = read.nonce === undefined ? policy : contentSecurityPolicy({ nonce: read.nonce });
    return withSecurityHeaders(read.response, own);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  // Layouts get no query, so the version and orientation a URL asks for travel to them as a
  // request header; one sent by the client is never trusted.
  requestHeaders.delete(KEPT_VIEW_HEADER);
  const kept = keptViewHeaderValue(request.nextUrl.searchParams);
  if (kept) requestHeaders.set(KEPT_VIEW_HEADER, kept);
  requestHeaders.delete(PAGE_QUERY_HEADER);
  const pageQuery = pageQueryHeaderValue(request.nextUrl.searchParams);
  if (pageQuery) requestHeaders.set(PAGE_QUERY_HEADER, pageQuery);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  read?.headers.forEach((value, name) => response.headers.set(name, value));
  return withSecurityHeaders(response, policy);
}

/**
 * Every path but Next's static files (which keep the nonce-free policy from next.config.js).
 * The exclusions match whole segments, so `/favicon.ico%zz` or `/_next/static%zz` still reach
 * the decoding check above. Link prefetches are no longer skipped: a prefetch header would
 * otherwise take a malformed address past the check (Next strips that header before the proxy
 * runs, so it cannot tell them apart); they get a nonce like any page request.
 */
export const config = {
  matcher: ['/((?!_next/static/|_next/image$|favicon\\.ico$).*)'],
};
