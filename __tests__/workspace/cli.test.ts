import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDatasetAt } from '@/lib/data';
import { WorkspaceStore } from '@/lib/data/workspace';
import { ENGINES, EXAMPLE_DIR } from './support/engines';

const ROOT = path.resolve(__dirname, '../..');
const pglite = ENGINES.find((e) => e.name === 'pglite')!;
let work: string;
let env: Record<string, string>;

/** Runs `npm run workspace -- <args>` as a real process, in the work folder, on the test workspace. */
function workspace(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/workspace.ts'), ...args],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        DATABASE_URL: '',
        DATA_DIR: path.join(work, 'data'),
        INIT_CWD: work,
      },
      encoding: 'utf8',
      timeout: 90_000,
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-cli-'));
  fs.cpSync(EXAMPLE_DIR, path.join(work, 'data', 'istanbul-2025'), { recursive: true });
  env = await pglite.fresh();
}, 60_000);
afterAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  await pglite.cleanup();
});

describe('npm run workspace', () => {
  test('imports under a new id, logs, diffs and exports the folder format; usage errors stop before the database opens', () => {
    const imported = workspace('import', 'data/istanbul-2025', '--id', 'talks', '--author', 'ana');
    expect(imported.err).toBe('');
    expect(imported.out).toMatch(/as "talks", version r1-[0-9a-f]{8}/);

    const log = workspace('log', 'talks');
    expect(log.out).toMatch(/^r1 {2}\S+ {2}ana {2}imported from the folder istanbul-2025 {2}\(/m);
    expect(workspace('diff', 'talks', '1', '1').out).toBe('no differences\n');
    expect(workspace('diff', 'talks', '1').status).toBe(1);

    const exported = workspace('export', 'talks', 'out');
    expect(exported.out).toContain(path.join(work, 'out', 'talks'));
    expect(workspace('export', 'talks', 'data').err).toContain('second home');
  }, 120_000);

  test('the exported folder reads back as the original dataset under the new id', async () => {
    const original = (await readDatasetAt(EXAMPLE_DIR))!;
    const back = (await readDatasetAt(path.join(work, 'out', 'talks')))!;
    expect(back.problems).toEqual([]);
    expect(back.dataset).toEqual({ ...original.dataset, id: 'talks' });
    expect(back.sourceTexts).toEqual(original.sourceTexts);
  });
});

describe('WorkspaceStore with no workspace configured', () => {
  test('lists nothing and creates nothing (a fresh clone needs no database)', async () => {
    const dir = path.join(work, 'never-made');
    const saved = { dir: process.env.WORKSPACE_DIR, url: process.env.DATABASE_URL };
    process.env.WORKSPACE_DIR = dir;
    delete process.env.DATABASE_URL;
    try {
      const store = new WorkspaceStore();
      expect(await store.list()).toEqual([]);
      expect(await store.get('talks')).toBeUndefined();
      expect(fs.existsSync(dir)).toBe(false);
    } finally {
      if (saved.dir === undefined) delete process.env.WORKSPACE_DIR;
      else process.env.WORKSPACE_DIR = saved.dir;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    }
  });
});
