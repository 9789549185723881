import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../scripts/port';
import { ROOT } from '../../cli/run';
import { serverDataDir, waitForServer } from './server';

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** A `next start` of a test's own, with a PGlite workspace of its own in a temporary folder. */
export interface OwnServer {
  base: string;
  /** The environment its commands run with (the same workspace and data). */
  env: NodeJS.ProcessEnv;
  stop(): void;
}

/**
 * Runs a command-line script (`scripts/<name>.ts`) against the server's workspace, before the
 * server opens it (a PGlite folder is open in one process at a time); throws with its stderr.
 */
export function runOwnScript(env: NodeJS.ProcessEnv, name: string, args: string[], input = '') {
  const run = spawnSync(TSX, [path.join(ROOT, 'scripts', `${name}.ts`), ...args], {
    cwd: ROOT,
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`${name} ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

/**
 * Starts a server on a free port over the shared e2e data folder and a fresh workspace, after
 * `prepare` has run its commands against that workspace. `extraEnv` adds settings
 * (`WORKSPACE_PRIVATE`, …).
 */
export async function startOwnServer(
  prefix: string,
  prepare: (env: NodeJS.ProcessEnv) => void,
  extraEnv: Record<string, string> = {},
): Promise<OwnServer> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `negotiation-${prefix}-`));
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: serverDataDir(),
    WORKSPACE_DIR: path.join(runDir, 'workspace'),
    ...extraEnv,
  };
  prepare(env);
  const port = await freePort();
  const out = fs.openSync(path.join(runDir, 'server.log'), 'w');
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${base}/floor`, 60_000, () => child.exitCode !== null);
  } catch (error) {
    stop();
    throw error;
  }
  return { base, env, stop };
}

/** Signs in through the API; the session cookie (`np_session=…`) to send. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/workspace/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: HTTP ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}
