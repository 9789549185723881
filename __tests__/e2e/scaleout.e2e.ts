import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort } from '../../scripts/port';
import { ROOT } from '../cli/run';
import { serverDataDir, waitForServer } from './support/server';

// Scale-out: two `next start` processes of the production build on one PostgreSQL. A revision
// saved through the store by a third process is served by both on their next request, although
// each has the dataset's previous revision in its cache. Needs a PostgreSQL server
// (TEST_DATABASE_URL; CI sets it, see .ci/run); the test has its own schema, dropped afterwards.

const TEST_URL = process.env.TEST_DATABASE_URL?.trim() ?? '';
const ID = 'scale-out';
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const SCHEMA = `e2e_scale_out_${randomBytes(5).toString('hex')}`;

if (!TEST_URL) {
  console.warn(
    'TEST_DATABASE_URL is not set: skipping the scale-out test (two servers on one PostgreSQL; CI sets it, see .ci/run)',
  );
}
const describeWithPostgres = TEST_URL ? describe : describe.skip;

/** A server of this test: its address, log file and a way to stop it. */
interface Instance {
  base: string;
  log: string;
  stop: () => void;
}

/** The URL with every connection's search_path set to the test's schema. */
function inSchema(url: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${SCHEMA}`);
  return u.toString();
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

let runDir = '';
const env = () => ({
  ...process.env,
  DATABASE_URL: inSchema(TEST_URL),
  DATA_DIR: serverDataDir(),
  // Never read (DATABASE_URL wins), but keep any PGlite fallback out of the checkout.
  WORKSPACE_DIR: path.join(runDir, 'workspace'),
});

/** Runs a tsx script against the shared database; its standard output. */
function run(args: string[]): string {
  const result = spawnSync(TSX, args, { cwd: ROOT, env: env(), encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

async function startInstance(name: string): Promise<Instance> {
  const port = await freePort();
  const log = path.join(runDir, `${name}.log`);
  const out = fs.openSync(log, 'w');
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...env(), NODE_ENV: 'production' },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  fs.closeSync(out);
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${base}/floor`, 60_000, () => child.exitCode !== null);
  } catch (error) {
    stop();
    throw new Error(`${(error as Error).message}\n${fs.readFileSync(log, 'utf8').slice(-2000)}`);
  }
  return { base, log, stop };
}

/** What the edit script wrote. */
interface Written {
  revision: number;
  version: string;
  title: string;
  label: string;
  party: string;
  issue: string;
  round: string;
}

const instances: Instance[] = [];
let original = '';
let latestRound = '';

describeWithPostgres('two servers on one PostgreSQL', () => {
  beforeAll(async () => {
    runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-scale-out-'));
    await admin(`CREATE SCHEMA ${SCHEMA}`);
    // The real CLI, against the shared database: revision 1 is the bundled dataset.
    run([
      path.join(ROOT, 'scripts', 'workspace.ts'),
      'import',
      path.join(ROOT, 'data', 'istanbul-2025'),
      '--id',
      ID,
    ]);
    const bundled = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'data', 'istanbul-2025', 'dataset.json'), 'utf8'),
    ) as { title: string; rounds: { id: string; date: string }[] };
    original = bundled.title;
    // The round the edit script relabels a position in: the last one in the file.
    latestRound = bundled.rounds.at(-1)!.id;
    // One after the other, so that afterAll stops the first if the second fails to start.
    for (const name of ['a', 'b']) instances.push(await startInstance(name));
  }, 180_000);

  afterAll(async () => {
    for (const instance of instances) instance.stop();
    await admin(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    fs.rmSync(runDir, { recursive: true, force: true });
  });

  const page = async (instance: Instance, address: string, headers: HeadersInit = {}) => {
    const res = await fetch(`${instance.base}${address}`, { headers });
    return { status: res.status, etag: res.headers.get('etag'), html: await res.text() };
  };

  /** Both servers' answers for the overview and the matrix of the written round. */
  const bothPages = async (round: string) => {
    const out = [];
    for (const instance of instances)
      for (const address of [`/${ID}`, `/${ID}/matrix?round=${round}`])
        out.push({ instance, address, ...(await page(instance, address)) });
    return out;
  };

  const footerVersion = (html: string) => /version (?:<!-- -->)?(r\d+-[0-9a-f]{8})/.exec(html)?.[1];
  // The dataset's own title in its section navigation (the header's switcher lists the folder
  // dataset of the same origin under the original title too).
  const navTitle = (html: string) =>
    /class="dataset-nav-title"><bdi>([^<]*)<\/bdi>/.exec(html)?.[1];
  let previous = { title: '', label: '' };

  it('serves revision 1 from both servers, each reading it into its own cache', async () => {
    for (const instance of instances) {
      // Twice: the second answer comes from the server's cache of revision 1.
      for (let i = 0; i < 2; i += 1) {
        const { status, html } = await page(instance, `/${ID}`);
        expect(status).toBe(200);
        expect(navTitle(html)).toBe(original);
        expect(footerVersion(html)).toMatch(/^r1-/);
      }
    }
  });

  it.each(['first', 'second'])(
    'serves the %s edit from both servers on the next request, never the cached revision before it',
    async (marker) => {
      // Each server renders the current revision (and, where the app sends them, hands out its ETag).
      const before = await bothPages(latestRound);
      const written = JSON.parse(
        run([path.join(__dirname, 'support', 'saveEdit.ts'), ID, marker]),
      ) as Written;
      for (const { instance, address, etag, html: old } of before) {
        // The conditional request a browser or CDN would make with what it was given before.
        const now = await page(instance, address, etag ? { 'if-none-match': etag } : {});
        const where = `${instance.base}${address} (log ${instance.log})`;
        expect({ where, status: now.status }).toEqual({ where, status: 200 });
        expect(footerVersion(old)).not.toBe(written.version);
        expect(footerVersion(now.html)).toBe(written.version);
        expect(navTitle(old)).toBe(previous.title || original);
        expect(navTitle(now.html)).toBe(written.title);
        if (address.includes('/matrix')) {
          expect(now.html).toContain(written.label);
          if (previous.label) expect(now.html).not.toContain(previous.label);
        }
        if (etag && now.etag) expect(now.etag).not.toBe(etag);
      }
      previous = written;
    },
  );
});
