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

module.exports = { securityHeaders, contentSecurityPolicy };
