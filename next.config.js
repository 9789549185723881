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
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders() }];
  },
};

module.exports = nextConfig;
