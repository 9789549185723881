import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** A running `next start` on 127.0.0.1, started by a benchmark. */
export interface BenchServer {
  base: string;
  stop: () => void;
}

const ROOT = path.resolve(__dirname, '../..');

/** Starts the production build on 127.0.0.1 with the given data folder; the build must exist. */
export async function startServer(dataDir: string, port: number): Promise<BenchServer> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production' },
      stdio: 'ignore',
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/floor`)).status < 500) return { base, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`next start did not answer on ${base} within 60 s`);
}
