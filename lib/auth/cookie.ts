/** The session cookie's name. */
export const SESSION_COOKIE = 'np_session';

/** How long a session lasts from sign-in: 14 days (not extended by use). */
export const SESSION_DAYS = 14;
/** The same, in seconds (the cookie's Max-Age). */
export const SESSION_SECONDS = SESSION_DAYS * 24 * 60 * 60;

/**
 * True when the request reached the app over https: the URL says so, or the nearest proxy does
 * (`X-Forwarded-Proto`, its first value). A client that claims https over http only gets a
 * cookie its browser will not keep.
 */
export function isSecureRequest(url: string | URL, headers: Headers): boolean {
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return new URL(url).protocol === 'https:';
}

/**
 * The Set-Cookie value of a session: HttpOnly (no script reads it), SameSite=Lax (not sent on
 * another site's form posts), Path=/, Max-Age, and Secure when the request came over https.
 */
export function sessionCookie(
  token: string,
  options: { secure: boolean; maxAge?: number },
): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    `Max-Age=${options.maxAge ?? SESSION_SECONDS}`,
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/** The Set-Cookie value that removes the session cookie (same attributes, Max-Age=0). */
export function clearedSessionCookie(options: { secure: boolean }): string {
  return sessionCookie('', { ...options, maxAge: 0 });
}

/** The session token in a Cookie header, or undefined (the first one, when sent twice). */
export function sessionTokenOf(cookieHeader: string | null | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    if (pair.slice(0, at).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(at + 1).trim();
    return value === '' ? undefined : value;
  }
  return undefined;
}
