import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { datasetStore, getValidDataset } from '@/lib/data';
import { FIXTURE_SOURCE, validDatasetJson } from '../model/fixture';

let base: string;
let root: string;

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'paths-'));
  root = path.join(base, 'data');
  // A valid dataset inside the root, and one beside it that no id may reach.
  for (const [dir, id] of [
    [path.join(root, 'talks'), 'talks'],
    [path.join(base, 'secret'), 'secret'],
  ] as const) {
    fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify({ ...validDatasetJson(), id }));
    fs.writeFileSync(path.join(dir, 'sources', 'note.txt'), FIXTURE_SOURCE);
  }
  process.env.DATA_DIR = root;
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(base, { recursive: true, force: true });
  delete process.env.DATA_DIR;
});

const HOSTILE_IDS = [
  '..',
  '../secret',
  '..%2Fsecret',
  '%2e%2e%2fsecret',
  '%2E%2E',
  'talks/../../secret',
  'talks\\..\\..\\secret',
  '/etc/passwd',
  '.',
  '',
  'talks\u0000',
  ' talks',
  'talks ',
  'Talks',
  'talks.',
  '-talks',
  'talks--x',
  'a'.repeat(65),
  'a'.repeat(100000),
  'floor',
  'api',
];

describe('the store with hostile ids', () => {
  it.each(HOSTILE_IDS.map((id) => [JSON.stringify(id).slice(0, 40), id]))(
    '%s is refused before any file is touched',
    async (_shown, id) => {
      const spies = (['lstat', 'stat', 'realpath', 'open', 'readFile', 'readdir'] as const).map(
        (name) => jest.spyOn(fs.promises, name),
      );
      expect(await datasetStore().get(id)).toBeUndefined();
      expect(await getValidDataset(id)).toBeUndefined();
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    },
  );

  it('still finds the dataset inside the root, reading only inside it', async () => {
    const open = jest.spyOn(fs.promises, 'open');
    expect((await getValidDataset('talks'))?.dataset.id).toBe('talks');
    expect(open).toHaveBeenCalled();
    for (const [file] of open.mock.calls) {
      expect(path.resolve(String(file)).startsWith(fs.realpathSync(root) + path.sep)).toBe(true);
    }
  });

  it('accepts an id of exactly 64 characters as a name to look up', async () => {
    expect(await datasetStore().get('a'.repeat(64))).toBeUndefined();
  });
});
