import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../port';

/** A running `next start` on 127.0.0.1, started by a benchmark. */
export interface BenchServer {
  base: string;
  stop: () => void;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts the production build on 127.0.0.1 with the given data folder and, when given, a PGlite
 * workspace folder (else one that does not exist: no workspace datasets); never ./workspace or a
 * DATABASE_URL. On `port`, or a free one the OS picks; a port where something already answers
 * is refused (the figures would be another server's). The build must exist.
 */
export async function startServer(
  dataDir: string,
  requestedPort: number | undefined,
  workspaceDir = path.join(os.tmpdir(), `negotiation-bench-no-workspace-${process.pid}`),
): Promise<BenchServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  const port = requestedPort ?? (await freePort());
  const base = `http://127.0.0.1:${port}`;
  const taken = await fetch(`${base}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`BENCH_PORT=${port} is taken: something already answers on ${base}`);
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        WORKSPACE_DIR: workspaceDir,
        DATABASE_URL: '',
        NODE_ENV: 'production',
      },
      stdio: 'ignore',
    },
  );
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${base}/floor`)).status < 500) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(
    child.exitCode === null
      ? `next start did not answer on ${base} within 60 s`
      : `next start exited (status ${child.exitCode}) before answering on ${base}`,
  );
}
