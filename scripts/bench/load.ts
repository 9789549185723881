// npm run bench:load: requests per second and latency under load, against a static file of about
// the same size served by the same server (public/bench/static.html, written before the build by
// scripts/bench/static.ts), and against the floor page. autocannon against `next start` on
// 127.0.0.1 only; 10 s and 50 connections per address. Page requests are sent as a browser
// loading a page sends them (Accept: text/html, Sec-Fetch-Dest: document), so they are answered
// from the render cache after the first; one row sends what a client navigation sends instead
// (rendered every time), and one revalidates with If-None-Match (answered 304).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server';
import { STATIC_FILE, STATIC_PATH } from './static';
import { kb, printTable, ratio } from './table';

// BENCH_PORT when set, else a free port the OS picks.
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const DURATION_S = 10;
const CONNECTIONS = 50;
const DOCUMENT = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-dest': 'document' };
const NAVIGATION = { accept: '*/*', 'sec-fetch-dest': 'empty' };

interface Target {
  name: string;
  address: string;
  headers: Record<string, string>;
  /** The status every answer must have. */
  expect: 200 | 304;
  /** Held to the targets against the static file. */
  page?: boolean;
}

const OVERVIEW = '/istanbul-2025';
const TARGETS: Target[] = [
  { name: 'static file', address: STATIC_PATH, headers: DOCUMENT, expect: 200 },
  { name: 'floor page', address: '/floor', headers: DOCUMENT, expect: 200 },
  { name: 'landing', address: '/', headers: DOCUMENT, expect: 200 },
  { name: 'overview', address: OVERVIEW, headers: DOCUMENT, expect: 200, page: true },
  { name: 'matrix', address: '/istanbul-2025/matrix', headers: DOCUMENT, expect: 200, page: true },
  {
    name: 'issue',
    address: '/istanbul-2025/issues/ceasefire',
    headers: DOCUMENT,
    expect: 200,
    page: true,
  },
  { name: 'overview, revalidated (304)', address: OVERVIEW, headers: DOCUMENT, expect: 304 },
  { name: 'overview, rendered (navigation)', address: OVERVIEW, headers: NAVIGATION, expect: 200 },
];

interface Measured {
  target: Target;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  bytes: number;
}

async function measure(base: string, target: Target): Promise<Measured | string> {
  const headers = { ...target.headers };
  const first = await fetch(`${base}${target.address}`, { headers });
  const body = await first.text();
  if (first.status !== 200) return `HTTP ${first.status}`;
  if (target.expect === 304) {
    const tag = first.headers.get('etag');
    if (!tag) return 'no ETag';
    Object.assign(headers, { 'if-none-match': tag });
  }
  const r = await autocannon({
    url: `${base}${target.address}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers,
  });
  // autocannon counts a 304 as non-2xx: on the revalidation row every answer must be one.
  const unexpected =
    target.expect === 304
      ? r['2xx'] + (r.non2xx - (r.statusCodeStats?.['304']?.count ?? 0))
      : r.non2xx;
  return {
    target,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + unexpected,
    bytes: Buffer.byteLength(body),
  };
}

async function main() {
  if (!fs.existsSync(STATIC_FILE)) {
    throw new Error(
      `${STATIC_FILE} is missing: run npm run bench:load (it writes the file before the build).`,
    );
  }
  console.log(
    `Load: ${DURATION_S} s × ${CONNECTIONS} connections per address, on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-load-'));
  fs.cpSync(path.resolve(__dirname, '../../data'), dataDir, { recursive: true });
  // The server reports the render cache's size on every answer from it.
  process.env.RENDER_CACHE_STATS = '1';
  const server = await startServer(dataDir, PORT);
  const results: (Measured | { target: Target; failure: string })[] = [];
  let cacheSize = 'unknown';
  try {
    for (const target of TARGETS) {
      const m = await measure(server.base, target);
      results.push(typeof m === 'string' ? { target, failure: m } : m);
    }
    const last = await fetch(`${server.base}${OVERVIEW}`, { headers: DOCUMENT });
    await last.text();
    cacheSize = last.headers.get('x-render-cache-size') ?? 'not reported';
  } finally {
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const staticRow = results.find(
    (r): r is Measured => 'rps' in r && r.target.address === STATIC_PATH,
  );
  const floorRow = results.find((r): r is Measured => 'rps' in r && r.target.address === '/floor');
  printTable(
    'Load (next start on 127.0.0.1, bundled dataset)',
    [
      'address',
      'path',
      'kB',
      'req/s',
      'p50 ms',
      'p99 ms',
      'req/s vs static',
      'p99 vs static',
      'req/s vs floor',
      'errors',
    ],
    results.map((r) =>
      'failure' in r
        ? [r.target.name, r.target.address, '-', r.failure, '-', '-', '-', '-', '-', '-']
        : [
            r.target.name,
            r.target.address,
            r.target.expect === 304 ? '0.0' : kb(r.bytes),
            r.rps.toFixed(0),
            r.p50.toFixed(0),
            r.p99.toFixed(0),
            staticRow ? ratio(r.rps, staticRow.rps) : '-',
            staticRow ? ratio(Math.max(r.p99, 1), Math.max(staticRow.p99, 1)) : '-',
            floorRow ? ratio(r.rps, floorRow.rps) : '-',
            r.errors,
          ],
    ),
  );
  console.log(`\nRender cache after the run: ${cacheSize}.`);
  const verdict = (ok: boolean, measured: string) => `${ok ? 'met' : 'NOT MET'} (${measured})`;
  const targets: string[][] = [];
  let failed = results.some((r) => 'failure' in r || r.errors > 0);
  if (staticRow) {
    for (const r of results) {
      if (!('rps' in r)) continue;
      const p99Static = Math.max(staticRow.p99, 1);
      if (r.target.page) {
        const ok = r.rps >= 0.8 * staticRow.rps && r.errors === 0 && r.p99 <= 2 * p99Static;
        targets.push([
          `${r.target.name}: ≥ 0.8× static req/s, 0 errors, p99 ≤ 2× static`,
          verdict(
            ok,
            `${ratio(r.rps, staticRow.rps)}, ${r.errors} errors, p99 ${ratio(Math.max(r.p99, 1), p99Static)}`,
          ),
        ]);
        if (!ok) failed = true;
      }
      if (r.target.expect === 304) {
        const ok = r.rps >= staticRow.rps && r.errors === 0;
        targets.push([
          '304 revalidation at least as fast as the static file',
          verdict(
            ok,
            `${ratio(r.rps, staticRow.rps)} the static file's req/s, p99 ${r.p99.toFixed(0)} ms`,
          ),
        ]);
        if (!ok) failed = true;
      }
    }
  }
  printTable('Targets', ['target', 'result'], targets);
  if (failed) {
    console.error('\nSome requests failed or a target was not met.');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
