// npm run bench:load: requests per second and p99 latency under load, against the floor page.
// autocannon against `next start` on 127.0.0.1 only; 10 s and 50 connections per address.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer } from './server';
import { printTable, ratio } from './table';

// BENCH_PORT when set, else a free port the OS picks.
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const DURATION_S = 10;
const CONNECTIONS = 50;
const TARGETS: [string, string][] = [
  ['floor page', '/floor'],
  ['landing', '/'],
  ['overview', '/istanbul-2025'],
  ['matrix', '/istanbul-2025/matrix'],
];

async function main() {
  console.log(
    `Load: ${DURATION_S} s × ${CONNECTIONS} connections per address, on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
  );
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-load-'));
  fs.cpSync(path.resolve(__dirname, '../../data'), dataDir, { recursive: true });
  const server = await startServer(dataDir, PORT);
  const rows: (string | number)[][] = [];
  let failed = false;
  try {
    let floor = NaN;
    for (const [name, address] of TARGETS) {
      const status = (await fetch(`${server.base}${address}`)).status;
      if (status !== 200) {
        rows.push([name, address, `HTTP ${status}`, '-', '-', '-', '-']);
        continue;
      }
      const r = await autocannon({
        url: `${server.base}${address}`,
        connections: CONNECTIONS,
        duration: DURATION_S,
      });
      if (address === '/floor') floor = r.requests.average;
      const errors = r.errors + r.timeouts + r.non2xx;
      if (errors > 0) failed = true;
      rows.push([
        name,
        address,
        r.requests.average.toFixed(0),
        r.latency.p50.toFixed(0),
        r.latency.p99.toFixed(0),
        ratio(r.requests.average, floor),
        errors,
      ]);
    }
  } finally {
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  printTable(
    'Load (next start on 127.0.0.1, bundled dataset)',
    ['address', 'path', 'req/s', 'p50 ms', 'p99 ms', 'req/s vs floor', 'errors'],
    rows,
  );
  if (failed) {
    console.error('\nSome requests failed (errors, timeouts or non-2xx answers).');
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
