import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project root (jest runs from it). */
export const ROOT = process.cwd();
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

/** A temporary data folder (DATA_DIR) and working folder for one test, removed by `cleanup`. */
export function tempFolders(): { dataDir: string; workDir: string; cleanup: () => void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-data-'));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-work-'));
  return {
    dataDir,
    workDir,
    cleanup: () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Runs `npm run <script>` as a real process: its exit status, output and error output. */
export function runScript(script: string, args: string[], dataDir: string, cwd: string) {
  const result = spawnSync(TSX, [path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, INIT_CWD: cwd },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** dataset.json of data/<id>, parsed. */
export function datasetJson(dataDir: string, id: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dataDir, id, 'dataset.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}
