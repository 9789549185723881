import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES, readDatasetAt } from '@/lib/data';
import { forbiddenKeys } from '@/lib/model';
import { SOURCE } from './bundle';
import { bundled, MUTATIONS, writeBundle } from './mutations';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the bad-input corpus', () => {
  it('has at least thirty mutations, each with its own name', async () => {
    expect(MUTATIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MUTATIONS.map((m) => m.name)).size).toBe(MUTATIONS.length);
  });

  it('starts from a bundled dataset that is valid', async () => {
    const dir = writeBundle(root, 'istanbul-2025', bundled());
    expect((await readDatasetAt(dir))!.problems).toEqual([]);
  });
});

describe('the folder store on each mutation', () => {
  it.each(MUTATIONS.map((m) => [m.name, m]))(
    '%s: names the right path',
    async (_name, mutation) => {
      const id = `bad-${mutation.name}`;
      const dir = writeBundle(root, id, mutation.apply(bundled()), mutation);
      const entry = (await readDatasetAt(dir))!;
      expect(entry.dataset).toBeUndefined();
      expect(entry.problems.length).toBeGreaterThan(0);
      const first = entry.problems[0]!;
      expect(first.path).toBe(mutation.path);
      expect(first.message).toMatch(mutation.message);
      // Every problem is plain text a person can read, and short enough for a list.
      for (const problem of entry.problems) {
        expect(problem.message.length).toBeLessThan(300);
        expect((problem.value ?? '').length).toBeLessThanOrEqual(80);
      }
    },
  );
});

describe('inputs that look wrong but are fine', () => {
  it('ignores files in sources/ that dataset.json does not name, however large', async () => {
    const dir = writeBundle(root, 'istanbul-2025', bundled(), {
      files: (at) => {
        for (const name of ['old-draft.txt', 'scan.pdf', 'notes.md']) {
          fs.writeFileSync(path.join(at, 'sources', name), '');
          fs.truncateSync(path.join(at, 'sources', name), MAX_FILE_BYTES * 4);
        }
      },
    });
    const entry = (await readDatasetAt(dir))!;
    expect(entry.problems).toEqual([]);
    expect([...entry.sourceTexts.keys()]).toEqual([SOURCE]);
  });

  it('accepts a dataset.json that starts with a byte-order mark', async () => {
    const b = bundled();
    const dir = writeBundle(root, 'istanbul-2025', { ...b, json: `\uFEFF${b.json}` });
    expect((await readDatasetAt(dir))!.problems).toEqual([]);
  });
});

describe('forbiddenKeys', () => {
  it('finds prototype keys at any depth and walks deep nesting without recursion', async () => {
    const json = JSON.parse('{"a":[{"__proto__":1}],"b":{"constructor":2,"ok":3}}') as unknown;
    expect(forbiddenKeys(json).map((p) => p.path)).toEqual(['a[0].__proto__', 'b.constructor']);
    const deep = JSON.parse('['.repeat(50000) + ']'.repeat(50000)) as unknown;
    expect(forbiddenKeys(deep)).toEqual([]);
  });
});
