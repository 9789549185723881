// Response headers for every route. Plain CommonJS so next.config.js can load it; proxy.ts adds
// a fresh script nonce to the policy on every page request. The reasons for each directive are
// in docs/security.md.

/**
 * Content-Security-Policy. With a nonce (pages, through proxy.ts) scripts run only when they
 * carry it; without one (static files, which run no inline code) no inline script may run.
 * @param {{ nonce?: string, dev?: boolean }} [options]
 */
function contentSecurityPolicy(options = {}) {
  const dev = options.dev ?? process.env.NODE_ENV !== 'production';
  const scripts = ["'self'"];
  if (options.nonce) scripts.push(`'nonce-${options.nonce}'`, "'strict-dynamic'");
  if (dev) scripts.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The header list next.config.js applies to every path. */
function securityHeaders() {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    {
      key: 'Permissions-Policy',
      value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

// Values already warned about, shared by every copy of this module in the process (next.config.js
// and the proxy's bundle each load one), so a bad HSTS_MAX_AGE is reported once.
const WARNED = Symbol.for('negotiation-positions.hsts-warned');

/**
 * Strict-Transport-Security from HSTS_MAX_AGE (whole seconds), or undefined: unset or empty
 * sends nothing; any other value that is not a whole number sends nothing and warns once.
 * @param {string | undefined} maxAge
 * @param {(message: string) => void} [warn]
 * @returns {string | undefined}
 */
function strictTransportSecurity(maxAge, warn = console.warn) {
  const value = (maxAge ?? '').trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value) && Number.isSafeInteger(Number(value))) {
    return `max-age=${Number(value)}; includeSubDomains`;
  }
  const g = /** @type {Record<symbol, Set<string> | undefined>} */ (
    /** @type {unknown} */ (globalThis)
  );
  const warned = (g[WARNED] ??= new Set());
  if (!warned.has(value)) {
    warned.add(value);
    warn(
      `HSTS_MAX_AGE="${value}" is not a whole number of seconds: Strict-Transport-Security is not sent.`,
    );
  }
  return undefined;
}

module.exports = { securityHeaders, contentSecurityPolicy, strictTransportSecurity };
