// The workspace parts of npm run bench: the bundled dataset served from the workspace against
// its folder, a 60×300 import (time, size on disk), and log and diff over 1,000 revisions. Every
// workspace is PGlite in a temporary folder, never ./workspace nor a DATABASE_URL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { FileStore } from '@/lib/data';
import {
  createUser,
  importFolder,
  openWorkspaceDb,
  queryRows,
  WorkspaceStore,
  type WorkspaceDb,
} from '@/lib/data/workspace';
import { hasValue } from '@/lib/model';
import { median, ms, printTable, ratio } from './table';

/** The id the bundled dataset is copied into the workspace under (ids are unique across homes). */
export const WORKSPACE_COPY = 'istanbul-2025-ws';
const BUNDLED = 'istanbul-2025';
const REVISIONS = 1000;
const ROOT = path.resolve(__dirname, '../..');

/** A fresh temporary PGlite folder (not yet a database: the first open creates it). */
export function tempWorkspaceDir(name: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `negotiation-bench-${name}-`));
}

/** Opens the PGlite workspace in `dir`, runs `work` and closes it, so that another process may open it. */
async function withWorkspace<T>(
  dir: string,
  work: (store: WorkspaceStore, ws: WorkspaceDb) => Promise<T>,
): Promise<T> {
  const ws = await openWorkspaceDb({ dir });
  try {
    return await work(new WorkspaceStore(async () => ws), ws);
  } finally {
    await ws.close();
  }
}

async function importOrThrow(store: WorkspaceStore, dataDir: string, id: string, newId?: string) {
  const started = performance.now();
  const result = await importFolder(store, new FileStore(dataDir), path.join(dataDir, id), {
    newId,
    author: 'bench',
  });
  if (!result.ok) throw new Error(`import of ${id}: ${result.message}`);
  return performance.now() - started;
}

/** A workspace folder holding the bundled dataset as WORKSPACE_COPY, for the server to serve. */
export async function prepareServedWorkspace(dataDir: string): Promise<string> {
  const dir = tempWorkspaceDir('served');
  await withWorkspace(dir, async (store, ws) => {
    await importOrThrow(store, dataDir, BUNDLED, WORKSPACE_COPY);
    // An admin, so the bench can sign in and weigh the workspace pages' JavaScript.
    const made = await createUser(ws.db, BENCH_USER, { name: 'bench' });
    if (!made.ok) throw new Error(`bench user: ${JSON.stringify(made)}`);
  });
  return dir;
}

/** The admin the served workspace gets (a throwaway password for a throwaway workspace). */
export const BENCH_USER = {
  email: 'bench@example.org',
  role: 'admin',
  password: 'a bench password, thrown away with the workspace',
};

/** Signs the bench user in on the running server; the cookie to send with workspace pages. */
export async function benchSession(base: string): Promise<string> {
  const res = await fetch(`${base}/api/workspace/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: BENCH_USER.email, password: BENCH_USER.password }),
  });
  if (res.status !== 200) throw new Error(`bench sign-in: HTTP ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Bytes the files under `dir` take on disk (allocated blocks, as `du` counts them). */
function diskBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).blocks * 512;
  }
  return total;
}

/** The two workspace tables with their indexes and TOAST, as PostgreSQL counts them. */
async function tableBytes(ws: WorkspaceDb): Promise<number> {
  const rows = await queryRows(
    ws.db,
    sql`SELECT pg_total_relation_size('workspace_datasets') + pg_total_relation_size('workspace_revisions') AS bytes`,
  );
  return Number(rows[0]?.bytes ?? NaN);
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Overview and matrix of the bundled dataset from its folder and from the workspace, on the
 * same server, requests alternating between the two; medians and the workspace/folder ratio.
 */
export async function timeWorkspacePages(base: string): Promise<number> {
  const pages: [string, string][] = [
    ['overview', ''],
    ['matrix', '/matrix'],
  ];
  const rows: (string | number)[][] = [];
  let worst = 0;
  for (const [page, suffix] of pages) {
    const folderUrl = `${base}/${BUNDLED}${suffix}`;
    const workspaceUrl = `${base}/${WORKSPACE_COPY}${suffix}`;
    const times = { folder: [] as number[], workspace: [] as number[] };
    for (let i = 0; i < 23; i += 1) {
      for (const [home, url] of [
        ['folder', folderUrl],
        ['workspace', workspaceUrl],
      ] as const) {
        const start = performance.now();
        const res = await fetch(url);
        await res.text();
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
        // The first two of each are warm-up (the first reads and validates the dataset).
        if (i >= 2) times[home].push(performance.now() - start);
      }
    }
    const folder = median(times.folder);
    const workspace = median(times.workspace);
    worst = Math.max(worst, workspace / folder);
    rows.push([`${page}`, `/${BUNDLED}${suffix}`, ms(folder), '1.00×']);
    rows.push([
      `${page}, workspace`,
      `/${WORKSPACE_COPY}${suffix}`,
      ms(workspace),
      ratio(workspace, folder),
    ]);
  }
  printTable(
    'Workspace vs folder: the bundled dataset from its folder and imported into the workspace (PGlite), same server, requests alternating, median of 21 after two warm-up requests each',
    ['page', 'address', 'ms', 'vs folder'],
    rows,
  );
  return worst;
}

/** Imports the 60×300 dataset into an empty workspace: time, and the database's size before and after. */
export async function timeLargeImport(dataDir: string, id: string): Promise<void> {
  const dir = tempWorkspaceDir('import');
  try {
    const opened = performance.now();
    const row = await withWorkspace(dir, async (store, ws) => {
      const openMs = performance.now() - opened;
      const emptyDisk = diskBytes(dir);
      const emptyTables = await tableBytes(ws);
      // Under another id: the folder keeps its own (ids are unique across the two homes).
      const importMs = await importOrThrow(store, dataDir, id, `${id}-ws`);
      const fullTables = await tableBytes(ws);
      // A fresh store: the first read of the dataset, as a server's first request makes it.
      const readStart = performance.now();
      const entry = await new WorkspaceStore(async () => ws).get(`${id}-ws`);
      const readMs = performance.now() - readStart;
      if (!entry?.dataset) throw new Error(`${id} does not read back valid from the workspace`);
      return { openMs, emptyDisk, emptyTables, importMs, fullTables, readMs };
    });
    const folderStart = performance.now();
    await new FileStore(dataDir).get(id);
    const folderMs = performance.now() - folderStart;
    const folderBytes = diskBytes(path.join(dataDir, id));
    printTable(
      `Workspace import: ${id} (folder: ${mb(folderBytes)} MB on disk) into an empty PGlite workspace`,
      ['step', 'ms', 'database MB on disk', 'tables MB'],
      [
        [
          'create and migrate an empty workspace',
          ms(row.openMs),
          mb(row.emptyDisk),
          mb(row.emptyTables),
        ],
        [
          'import (read the folder, validate, write revision 1)',
          ms(row.importMs),
          mb(diskBytes(dir)),
          mb(row.fullTables),
        ],
        ['first read from the workspace (a fresh store)', ms(row.readMs), '-', '-'],
        ['first read from the folder (baseline)', ms(folderMs), '-', '-'],
      ],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Median time of `runs` calls of `work`. */
async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One CLI command's wall time (a new process: tsx start, PGlite open, the command). */
function cliMs(dir: string, args: string[]): { ms: number; lines: number } {
  const start = performance.now();
  const result = spawnSync(
    path.join(ROOT, 'node_modules', '.bin', 'tsx'),
    [path.join(ROOT, 'scripts', 'workspace.ts'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, WORKSPACE_DIR: dir, DATABASE_URL: '' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`workspace ${args.join(' ')}: ${result.stderr}`);
  return { ms: elapsed, lines: result.stdout.split('\n').filter(Boolean).length };
}

/**
 * The bundled dataset with 1,000 revisions (each re-notes one coded position, round robin),
 * saved through the store; then log and diff in this process and through the CLI.
 */
export async function timeHistory(dataDir: string): Promise<void> {
  const dir = tempWorkspaceDir('history');
  const id = 'history';
  try {
    const inProcess = await withWorkspace(dir, async (store, ws) => {
      await importOrThrow(store, dataDir, BUNDLED, id);
      const dataset = (await store.get(id))!.dataset!;
      const coded = dataset.positions.filter(hasValue);
      const saves: number[] = [];
      for (let n = 1; n < REVISIONS; n += 1) {
        const position = coded[n % coded.length]!;
        const key = `${position.party}/${position.issue}/${position.round}`;
        const start = performance.now();
        const saved = await store.save(
          id,
          [{ part: 'positions', key, after: { ...position, codingNote: `Bench note ${n}` } }],
          { baseRevision: n, author: 'bench', reason: `revision ${n + 1}` },
        );
        saves.push(performance.now() - start);
        if (!saved.ok) throw new Error(`save ${n}: ${JSON.stringify(saved.problems[0])}`);
      }
      const log = await timed(5, () => store.log(id));
      const diffLast = await timed(5, () => store.diff(id, REVISIONS - 1, REVISIONS));
      const diffAll = await timed(5, () => store.diff(id, 1, REVISIONS));
      // What ?version=1 costs a server: every later revision undone, then validated.
      const oldest = await timed(3, () =>
        new WorkspaceStore(async () => ws).get(id, { version: '1' }),
      );
      const current = await timed(3, () => new WorkspaceStore(async () => ws).get(id));
      const tables = await tableBytes(ws);
      // PGlite runs no autovacuum: every save leaves the old materialised row behind as a dead
      // row. What is live is the size after VACUUM FULL.
      await ws.db.execute(sql.raw('VACUUM FULL'));
      const vacuumed = await tableBytes(ws);
      return { saves, log, diffLast, diffAll, oldest, current, tables, vacuumed };
    });
    const migrate = cliMs(dir, ['migrate']);
    const log = cliMs(dir, ['log', id]);
    const diffAll = cliMs(dir, ['diff', id, '1', String(REVISIONS)]);
    const total = inProcess.saves.reduce((a, b) => a + b, 0);
    printTable(
      `History: ${BUNDLED} with ${REVISIONS} revisions in a PGlite workspace (tables ${mb(inProcess.tables)} MB, ${mb(inProcess.vacuumed)} MB after VACUUM FULL; ${mb(diskBytes(dir))} MB on disk); medians of 5 (3 for reads)`,
      ['operation', 'ms', 'vs baseline'],
      [
        [
          `save one revision (median of ${REVISIONS - 1}; all: ${(total / 1000).toFixed(1)} s)`,
          ms(median(inProcess.saves)),
          '-',
        ],
        ['read the current revision, fresh store (baseline)', ms(inProcess.current), '1.00×'],
        ['store.log: all revisions', ms(inProcess.log), ratio(inProcess.log, inProcess.current)],
        [
          `store.diff ${REVISIONS - 1} → ${REVISIONS}`,
          ms(inProcess.diffLast),
          ratio(inProcess.diffLast, inProcess.current),
        ],
        [
          `store.diff 1 → ${REVISIONS}`,
          ms(inProcess.diffAll),
          ratio(inProcess.diffAll, inProcess.current),
        ],
        [
          'read revision 1 (?version=1), fresh store',
          ms(inProcess.oldest),
          ratio(inProcess.oldest, inProcess.current),
        ],
        ['CLI: workspace migrate (process start, baseline)', ms(migrate.ms), '1.00×'],
        [`CLI: workspace log (${log.lines} lines)`, ms(log.ms), ratio(log.ms, migrate.ms)],
        [
          `CLI: workspace diff 1 ${REVISIONS} (${diffAll.lines} lines)`,
          ms(diffAll.ms),
          ratio(diffAll.ms, migrate.ms),
        ],
      ],
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
