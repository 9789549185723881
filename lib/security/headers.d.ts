/** Content-Security-Policy; with a nonce, scripts must carry it. */
export function contentSecurityPolicy(options?: { nonce?: string; dev?: boolean }): string;
/** The header list next.config.js applies to every path. */
export function securityHeaders(): { key: string; value: string }[];
/** Strict-Transport-Security for HSTS_MAX_AGE seconds; undefined when unset or invalid (warns once). */
export function strictTransportSecurity(
  maxAge: string | undefined,
  warn?: (message: string) => void,
): string | undefined;
