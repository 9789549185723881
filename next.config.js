// @ts-check
const { securityHeaders } = require('./lib/security/headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // proxy.ts redirects a trailing slash itself, so the redirect carries the security headers.
  skipTrailingSlashRedirect: true,
  // TanStack packages ship ESM only; jest (through next/jest) needs them transpiled.
  transpilePackages: ['@tanstack/table-core', '@tanstack/react-table'],
  // The workspace's database drivers load WebAssembly and open sockets: keep them (and the query
  // layer, so pages and route handlers share one copy) out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'drizzle-orm'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
