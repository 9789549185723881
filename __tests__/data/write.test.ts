import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readDatasetAt } from '@/lib/data';
import { scaffoldDataset } from '@/lib/data/scaffold';
import { writeDatasetFolder, type DatasetFiles } from '@/lib/data/write';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'byo-write-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function files(id: string, title = 'New negotiation (placeholder title)'): DatasetFiles {
  const s = scaffoldDataset(id, '2026-01-15');
  return {
    id,
    json: JSON.stringify({ ...s.dataset, title }),
    sources: s.sources,
    extra: new Map([['HOWTO.md', s.howto]]),
  };
}

describe('scaffoldDataset', () => {
  it('is a valid dataset with one quoted position', async () => {
    const result = writeDatasetFolder(root, files('trade-talks'));
    expect(result.ok).toBe(true);
    const entry = (await readDatasetAt(path.join(root, 'trade-talks')))!;
    expect(entry.problems).toEqual([]);
    expect(entry.dataset?.positions[0]?.evidence?.length).toBe(1);
    expect(fs.existsSync(path.join(root, 'trade-talks', 'HOWTO.md'))).toBe(true);
  });
});

describe('writeDatasetFolder', () => {
  it('refuses to overwrite without force, and replaces with it', async () => {
    writeDatasetFolder(root, files('talks'));
    const again = writeDatasetFolder(root, files('talks', 'Second'));
    expect(again).toEqual({ ok: false, message: expect.stringMatching(/already exists.*--force/) });
    expect((await readDatasetAt(path.join(root, 'talks')))!.dataset?.title).not.toBe('Second');
    expect(writeDatasetFolder(root, files('talks', 'Second'), true)).toMatchObject({
      ok: true,
      replaced: true,
    });
    expect((await readDatasetAt(path.join(root, 'talks')))!.dataset?.title).toBe('Second');
    // The replaced version is kept in the hidden .versions folder; data/talks links to the new one.
    expect(fs.readdirSync(root).sort()).toEqual(['.versions', 'talks']);
    expect(fs.lstatSync(path.join(root, 'talks')).isSymbolicLink()).toBe(true);
  });

  it('writes nothing and keeps the old folder when the files do not validate', async () => {
    writeDatasetFolder(root, files('talks'));
    const broken = { ...files('talks'), json: '{"id":"talks"}' };
    expect(writeDatasetFolder(root, broken, true).ok).toBe(false);
    expect(fs.readdirSync(root)).toEqual(['talks']);
    expect((await readDatasetAt(path.join(root, 'talks')))!.problems).toEqual([]);
  });
});
