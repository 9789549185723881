import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Relative: globalSetup is loaded without jest's moduleNameMapper.
import { freePort } from '../../../scripts/port';

// globalSetup picks the port and a run folder, and hands both to the test files through the
// environment (jest starts their sandboxes after globalSetup, with a copy of process.env). So
// two checkouts running the suite at once never share a port or a state file.
const RUN_FILE_ENV = 'E2E_RUN_FILE';

/** Port of this run's server on 127.0.0.1: a free one the OS chose, or E2E_PORT when set. */
export const E2E_PORT = Number(process.env.E2E_PORT);
/** Base URL of the server under test. */
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}`;

/** What globalSetup records about the server it started, in this run's own temporary folder. */
interface RunState {
  pid: number;
  port: number;
  runDir: string;
  dataDir: string;
}

/** Folder where screenshots and PDFs of every page are written. */
export const ARTIFACTS_DIR = path.resolve(__dirname, '../../../artifacts/e2e');

/** Copies the bundled data plus the e2e fixtures into a fresh data folder. */
function prepareDataDir(runDir: string): string {
  const dir = path.join(runDir, 'data');
  fs.cpSync(path.resolve(__dirname, '../../../data'), dir, { recursive: true });
  const fixtures = path.resolve(__dirname, '../fixtures');
  if (fs.existsSync(fixtures)) fs.cpSync(fixtures, dir, { recursive: true });
  return dir;
}

/** Waits until `url` answers below 500; fails early when the server process has exited. */
export async function waitForServer(url: string, timeoutMs: number, exited: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited()) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    exited()
      ? `next start exited before answering at ${url}`
      : `The server did not answer at ${url} within ${timeoutMs / 1000} s`,
  );
}

/** The port to use: E2E_PORT if set (and free), else one the OS picks. */
async function choosePort(): Promise<number> {
  const given = process.env.E2E_PORT;
  if (given === undefined || given === '') return freePort();
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`E2E_PORT=${given} is not a port number`);
  }
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`E2E_PORT=${port} is taken: something already answers there`);
  return port;
}

function readState(): RunState {
  const file = process.env[RUN_FILE_ENV];
  if (!file) {
    throw new Error(`${RUN_FILE_ENV} is not set: run the suite through jest.e2e.config.js`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as RunState;
}

/**
 * Starts `next start` on the production build (npm run test:e2e makes it) on a free port, with
 * a fresh data folder; records the run in a unique temporary folder and tells the test files
 * where through E2E_PORT and E2E_RUN_FILE. The server's log is that folder's server.log, or
 * E2E_LOG when set (kept after the run).
 */
export async function startServer(): Promise<void> {
  const root = path.resolve(__dirname, '../../..');
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first (npm run test:e2e does this).');
  }
  const port = await choosePort();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-e2e-run-'));
  const dataDir = prepareDataDir(runDir);
  const logFile = process.env.E2E_LOG || path.join(runDir, 'server.log');
  const log = fs.openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      // Its own empty workspace: no developer's database is ever served or changed by a test.
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        WORKSPACE_DIR: path.join(runDir, 'workspace'),
        DATABASE_URL: '',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', log, log],
      detached: true,
    },
  );
  child.unref();
  fs.closeSync(log);
  const state: RunState = { pid: child.pid!, port, runDir, dataDir };
  const stateFile = path.join(runDir, 'state.json');
  fs.writeFileSync(stateFile, JSON.stringify(state));
  process.env.E2E_PORT = String(port);
  process.env[RUN_FILE_ENV] = stateFile;
  try {
    await waitForServer(`http://127.0.0.1:${port}/`, 60000, () => child.exitCode !== null);
  } catch (err) {
    const tail = fs.readFileSync(logFile, 'utf8').slice(-2000);
    stopServer();
    throw new Error(`${(err as Error).message}\n--- ${logFile} ---\n${tail}`);
  }
}

/** Stops the server this run started and removes its run folder (data, state and log). */
export function stopServer(): void {
  if (!process.env[RUN_FILE_ENV] || !fs.existsSync(process.env[RUN_FILE_ENV])) return;
  const { pid, runDir } = readState();
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already gone
  }
  fs.rmSync(runDir, { recursive: true, force: true });
  delete process.env[RUN_FILE_ENV];
}

/** The data folder the running server reads (tests may add datasets to it). */
export function serverDataDir(): string {
  return readState().dataDir;
}
