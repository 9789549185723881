// npm run bench: how the cost grows with the size of a dataset. Prints tables; not a test.
// Generates synthetic datasets into a temporary folder, times the gap engine in this process,
// then starts the production build on 127.0.0.1 and times server rendering and measures each
// route's first-load JavaScript against the floor page of the same build. Then the workspace:
// the bundled dataset served from it against its folder, a 60×300 import, 1,000 revisions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyse } from '@/lib/analysis';
import { FileStore } from '@/lib/data';
import { prepareDataDir, SIZES, syntheticId } from './datasets';
import { timeScenarios } from './scenarios';
import { startServer } from './server';
import { kb, median, ms, printTable, ratio } from './table';
import {
  prepareServedWorkspace,
  benchSession,
  timeHistory,
  timeLargeImport,
  timeWorkspacePages,
  WORKSPACE_COPY,
} from './workspace';

// BENCH_PORT when set, else a free port the OS picks.
const PORT = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
const BUNDLED = 'istanbul-2025';

async function timeEngine(dataDir: string) {
  const store = new FileStore(dataDir);
  const rows: (string | number)[][] = [];
  let largest = 0;
  for (const id of [BUNDLED, ...SIZES.map(syntheticId)]) {
    const loadStart = performance.now();
    const entry = await store.get(id);
    const loadMs = performance.now() - loadStart;
    const dataset = entry?.dataset;
    if (!dataset) throw new Error(`${id} is not valid: ${JSON.stringify(entry?.problems[0])}`);
    for (let i = 0; i < 3; i += 1) analyse(dataset);
    const runs: number[] = [];
    for (let i = 0; i < 15; i += 1) {
      const start = performance.now();
      analyse(dataset, { limit: 10 });
      runs.push(performance.now() - start);
    }
    const engine = median(runs);
    if (id === syntheticId(SIZES[2])) largest = engine;
    const size = fs.statSync(path.join(dataDir, id, 'dataset.json')).size;
    rows.push([
      id,
      `${dataset.parties.length}×${dataset.issues.length}×${dataset.rounds.length}`,
      dataset.positions.length,
      kb(size),
      ms(loadMs),
      ms(engine),
      ms(Math.max(...runs)),
    ]);
  }
  printTable(
    'Gap engine: analyse() on the latest round, all parties (all gaps, zones, rankings, alignment, open demands, shifts); median of 15 runs',
    ['dataset', 'size', 'positions', 'JSON kB', 'read + validate ms', 'engine ms', 'slowest ms'],
    rows,
  );
  return largest;
}

/** What a browser loading a page sends: answered from the render cache after the first time. */
const DOCUMENT = { accept: 'text/html,application/xhtml+xml', 'sec-fetch-dest': 'document' };

async function timed(url: string, headers: Record<string, string> = {}): Promise<number> {
  const start = performance.now();
  const res = await fetch(url, { headers });
  await res.text();
  return performance.now() - start;
}

/**
 * A page rendered (as a client navigation asks for it, never from the cache), then as a document
 * the first time (the render cache passes it to Next, which renders and streams it as without the
 * cache) and from the cache (its second request renders it once for the cache; later ones hit).
 */
async function timePage(url: string, runs: number) {
  const first = await fetch(url);
  const html = await first.text();
  if (first.status !== 200)
    return { status: first.status, ms: NaN, cold: NaN, cached: NaN, bytes: 0 };
  await (await fetch(url)).text();
  const times: number[] = [];
  const cold: number[] = [];
  const cached: number[] = [];
  const glue = url.includes('?') ? '&' : '?';
  for (let i = 0; i < runs; i += 1) {
    times.push(await timed(url));
    // A parameter no page reads makes a new address: a miss, as after a new version.
    cold.push(await timed(`${url}${glue}bench-cold=${process.pid}-${i}`, DOCUMENT));
  }
  for (let i = 0; i < runs; i += 1) cached.push(await timed(url, DOCUMENT));
  return {
    status: 200,
    ms: median(times),
    cold: median(cold),
    cached: median(cached.slice(1)),
    bytes: Buffer.byteLength(html),
  };
}

async function timeRendering(base: string) {
  const floor = await timePage(`${base}/floor`, 9);
  const rows: (string | number)[][] = [
    [
      'floor page',
      '/floor',
      ms(floor.ms),
      ms(floor.cold),
      ms(floor.cached),
      kb(floor.bytes),
      '1.00×',
    ],
  ];
  const results = new Map<string, number>();
  for (const id of [BUNDLED, ...SIZES.map(syntheticId)]) {
    const pages: [string, string][] = [
      ['overview', ''],
      ['matrix', '/matrix'],
    ];
    // The matrix shows 50 issues a page by default; also time the largest page a reader can choose.
    if (SIZES.some((s) => syntheticId(s) === id && s.issues > 50))
      pages.push(['matrix, 200 a page', '/matrix?rows=200']);
    // The generated datasets quote one source thousands of times: its page is paged.
    if (id !== BUNDLED) pages.push(['source', '/sources/generated']);
    for (const [page, suffix] of pages) {
      const r = await timePage(`${base}/${id}${suffix}`, id.endsWith('300') ? 5 : 9);
      results.set(`${id}${suffix}`, r.ms);
      rows.push(
        r.status === 200
          ? [
              `${id} ${page}`,
              `/${id}${suffix}`,
              ms(r.ms),
              ms(r.cold),
              ms(r.cached),
              kb(r.bytes),
              ratio(r.ms, floor.ms),
            ]
          : [`${id} ${page}`, `/${id}${suffix}`, `HTTP ${r.status}`, '-', '-', '-', '-'],
      );
    }
  }
  printTable(
    'Server rendering: next start on 127.0.0.1, one request at a time, median (9 runs; 5 for 60×300) after two warm-up requests. ms: rendered (as a client navigation asks, never cached); first document: a document address not seen before (the cold render: passed to Next, streamed as without the cache); cached: the same document again (the second request fills the cache, the rest are served from it)',
    ['page', 'address', 'ms', 'first document ms', 'cached ms', 'HTML kB', 'vs floor'],
    rows,
  );
  return results;
}

const ROUTES: [string, string][] = [
  ['floor', '/floor'],
  ['landing', '/'],
  ['overview', `/${BUNDLED}`],
  ['matrix', `/${BUNDLED}/matrix`],
  ['evidence', `/${BUNDLED}/matrix/ceasefire/ukraine`],
  ['issues', `/${BUNDLED}/issues`],
  ['issue', `/${BUNDLED}/issues/ceasefire`],
  ['compare', `/${BUNDLED}/compare`],
  ['compare pair', `/${BUNDLED}/compare/ukraine/russia`],
  ['timeline', `/${BUNDLED}/timeline`],
  ['sources', `/${BUNDLED}/sources`],
  ['source', `/${BUNDLED}/sources/pism-istanbul-2025`],
  ['method', `/${BUNDLED}/method`],
  ['charts', `/${BUNDLED}/charts`],
  ['brief', `/${BUNDLED}/brief`],
];

/** The workspace's own pages (signed in as the bench's admin; /signin is read without a session). */
const WORKSPACE_ROUTES: [string, string][] = [
  ['sign in', '/signin'],
  ['workspace', '/workspace'],
  ['users', '/workspace/users'],
  ['audit log', '/workspace/audit'],
  ['coding home', `/workspace/${WORKSPACE_COPY}`],
  ['source (quote picker)', `/workspace/${WORKSPACE_COPY}/sources/pism-istanbul-2025`],
  ['position editor', `/workspace/${WORKSPACE_COPY}/positions/ukraine/ceasefire/kyiv-2025-05-10`],
  ['editing grid', `/workspace/${WORKSPACE_COPY}/grid`],
  ['review queue', `/workspace/${WORKSPACE_COPY}/review`],
];

async function firstLoadJs(base: string, cookie: string) {
  const gzipped = new Map<string, number>();
  const sizeOf = async (src: string) => {
    if (!gzipped.has(src)) {
      const body = Buffer.from(await (await fetch(`${base}${src}`)).arrayBuffer());
      gzipped.set(src, gzipSync(body).length);
    }
    return gzipped.get(src)!;
  };
  const measured: {
    name: string;
    address: string;
    status: number;
    bytes: number;
    files: number;
  }[] = [];
  const routes = [
    ...ROUTES.map(([name, address]) => ({ name, address, workspace: false })),
    ...WORKSPACE_ROUTES.map(([name, address]) => ({ name, address, workspace: true })),
  ];
  for (const { name, address, workspace } of routes) {
    const headers: Record<string, string> = workspace && address !== '/signin' ? { cookie } : {};
    const res = await fetch(`${base}${address}`, { headers, redirect: 'manual' });
    const html = await res.text();
    const srcs = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!))];
    let bytes = 0;
    for (const src of srcs) bytes += await sizeOf(src);
    measured.push({ name, address, status: res.status, bytes, files: srcs.length });
  }
  const floor = measured[0]!.bytes;
  const row = (m: (typeof measured)[number]) =>
    m.status === 200
      ? [m.name, m.address, m.files, kb(m.bytes), ratio(m.bytes, floor)]
      : [m.name, m.address, '-', `HTTP ${m.status}`, '-'];
  printTable(
    'First-load JavaScript of the workspace pages (signed in as an admin), against the floor page',
    ['route', 'address', 'scripts', 'gzip kB', 'vs floor'],
    measured.slice(ROUTES.length).map(row),
  );
  printTable(
    "First-load JavaScript: gzip bytes of each page's <script src> files (bundled dataset)",
    ['route', 'address', 'scripts', 'gzip kB', 'vs floor'],
    measured
      .slice(0, ROUTES.length)
      .map((m) =>
        m.status === 200
          ? [m.name, m.address, m.files, kb(m.bytes), ratio(m.bytes, floor)]
          : [m.name, m.address, '-', `HTTP ${m.status}`, '-'],
      ),
  );
  return { floor, matrix: measured.find((m) => m.name === 'matrix') };
}

async function main() {
  console.log(
    `Benchmark on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  );
  const dataDir = prepareDataDir();
  // The bundled dataset also in a temporary workspace, under another id, served beside its folder.
  const workspaceDir = await prepareServedWorkspace(dataDir);
  const server = await startServer(dataDir, PORT, workspaceDir);
  try {
    const engine60 = await timeEngine(dataDir);
    const scenario60 = timeScenarios();
    const pages = await timeRendering(server.base);
    const workspaceRatio = await timeWorkspacePages(server.base);
    const js = await firstLoadJs(server.base, await benchSession(server.base));
    server.stop();
    await timeLargeImport(dataDir, syntheticId(SIZES[2]));
    await timeHistory(dataDir);
    const m20 = pages.get(`${syntheticId(SIZES[1])}/matrix`) ?? NaN;
    const m60 = pages.get(`${syntheticId(SIZES[2])}/matrix`) ?? NaN;
    const m60Largest = pages.get(`${syntheticId(SIZES[2])}/matrix?rows=200`) ?? NaN;
    const o60 = pages.get(syntheticId(SIZES[2])) ?? NaN;
    const s60 = pages.get(`${syntheticId(SIZES[2])}/sources/generated`) ?? NaN;
    const jsRatio = js.matrix && js.matrix.status === 200 ? js.matrix.bytes / js.floor : NaN;
    const verdict = (ok: boolean, measured: string) => `${ok ? 'met' : 'NOT MET'} (${measured})`;
    printTable(
      'Targets',
      ['target', 'result'],
      [
        ['engine on 60×300×3 < 100 ms', verdict(engine60 < 100, `${ms(engine60)} ms`)],
        [
          'scenario analysis on 60×300×3 < 100 ms',
          verdict(scenario60 < 100, `${ms(scenario60)} ms`),
        ],
        [
          '20×100 matrix page < 300 ms',
          Number.isNaN(m20) ? 'no matrix page' : verdict(m20 < 300, `${ms(m20)} ms`),
        ],
        [
          '60×300 matrix page < 2 s',
          Number.isNaN(m60) ? 'no matrix page' : verdict(m60 < 2000, `${ms(m60)} ms`),
        ],
        [
          '60×300 matrix, largest page (200 issues) < 2 s',
          Number.isNaN(m60Largest)
            ? 'no matrix page'
            : verdict(m60Largest < 2000, `${ms(m60Largest)} ms`),
        ],
        [
          '60×300 overview < 500 ms',
          Number.isNaN(o60) ? 'no overview' : verdict(o60 < 500, `${ms(o60)} ms`),
        ],
        [
          '60×300 source page < 1 s',
          Number.isNaN(s60) ? 'no source page' : verdict(s60 < 1000, `${ms(s60)} ms`),
        ],
        [
          'bundled overview and matrix from the workspace ≤ 1.2× the folder',
          verdict(workspaceRatio <= 1.2, `slowest ${workspaceRatio.toFixed(2)}×`),
        ],
        [
          'matrix JS ≤ 1.10× floor',
          Number.isNaN(jsRatio)
            ? 'no matrix page'
            : verdict(jsRatio <= 1.1, `${jsRatio.toFixed(2)}×`),
        ],
      ],
    );
  } finally {
    server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(workspaceDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
