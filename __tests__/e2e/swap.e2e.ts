import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, serverDataDir } from './support/server';

// A dataset replaced with --force while it is being read: every answer must be the old or the
// new dataset, never 404 or 500 (the swap is one atomic step; see lib/data/swap.ts).

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const ID = 'swap-test';

function script(name: string, args: string[]): Promise<{ status: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(ROOT, 'scripts', `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: serverDataDir(), INIT_CWD: ROOT },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (status) => resolve({ status, err }));
  });
}

describe('a --force replace while pages are read', () => {
  it('never answers 404 or 500', async () => {
    const data = serverDataDir();
    fs.cpSync(path.join(data, 'istanbul-2025'), path.join(data, ID), { recursive: true });
    const file = path.join(data, ID, 'dataset.json');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('"id": "istanbul-2025"', `"id": "${ID}"`),
    );
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'swap-export-'));
    expect((await script('export', [ID, out])).status).toBe(0);
    const dataset = path.join(out, 'dataset.csv');
    const original = fs.readFileSync(dataset, 'utf8');

    const statuses = new Map<number, number>();
    let reading = true;
    const reader = (async () => {
      const pages = [`/${ID}`, `/${ID}/matrix`, `/${ID}/timeline`];
      for (let i = 0; reading && i < 5000; i += 1) {
        const res = await fetch(`${BASE_URL}${pages[i % pages.length]}`);
        await res.arrayBuffer();
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    })();
    // The first replace converts the plain folder; the others swap links.
    for (let round = 1; round <= 4; round += 1) {
      fs.writeFileSync(
        dataset,
        original.replace(/^(title,summary,as_of\r?\n)"?/m, `$1"Round ${round}: `),
      );
      const replaced = await script('import', [out, '--id', ID, '--force']);
      expect([replaced.status, replaced.err]).toEqual([0, '']);
    }
    reading = false;
    await reader;
    fs.rmSync(out, { recursive: true, force: true });

    expect([...statuses.keys()]).toEqual([200]);
    expect(statuses.get(200)).toBeGreaterThan(20);
    const page = await (await fetch(`${BASE_URL}/${ID}`)).text();
    expect(page).toContain('Round 4: ');
  });
});
