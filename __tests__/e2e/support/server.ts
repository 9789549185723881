import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Port the e2e server listens on (127.0.0.1 only). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3107);
/** Base URL of the server under test. */
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
const STATE_FILE = path.join(os.tmpdir(), `negotiation-e2e-${E2E_PORT}.json`);

/** Folder where screenshots and PDFs of every page are written. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../artifacts/e2e');

/** Copies the bundled data plus the e2e fixtures into a fresh data folder. */
function prepareDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-e2e-data-'));
  fs.cpSync(path.resolve(__dirname, '../../../data'), dir, { recursive: true });
  const fixtures = path.resolve(__dirname, '../fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
  return dir;
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Starts `next start` on the production build; the build must exist (npm run test:e2e makes it). */
export async function startServer(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first (npm run test:e2e does this).');
  }
  const dataDir = prepareDataDir();
  const log = fs.openSync(path.join(os.tmpdir(), `negotiation-e2e-${E2E_PORT}.log`), 'w');
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(E2E_PORT)],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
      stdio: ['ignore', log, log],
      detached: true,
    },
  );
  child.unref();
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: child.pid, dataDir }));
  await waitForServer(`${BASE_URL}/`, 60000);
}

/** Stops the server this run started and removes its data folder. */
export function stopServer(): void {
  if (!fs.existsSync(STATE_FILE)) return;
  const { pid, dataDir } = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as {
    pid: number;
    dataDir: string;
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(STATE_FILE, { force: true });
}

/** The data folder the running server reads (tests may add datasets to it). */
export function serverDataDir(): string {
  return (JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as { dataDir: string }).dataDir;
}
