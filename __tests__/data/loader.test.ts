import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getDataset, listDatasets, MAX_FILE_BYTES } from '@/lib/data';
import { FIXTURE_SOURCE, validDatasetJson } from '../model/fixture';

let root: string;

function writeDataset(id: string, json: unknown, source = FIXTURE_SOURCE) {
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'dataset.json'),
    typeof json === 'string' ? json : JSON.stringify(json),
  );
  fs.writeFileSync(path.join(dir, 'sources', 'note.txt'), source);
  return dir;
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'loader-'));
  process.env.DATA_DIR = root;
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
  delete process.env.DATA_DIR;
});

describe('listDatasets', () => {
  it('lists valid and broken datasets side by side, sorted by id', () => {
    writeDataset('talks', validDatasetJson());
    writeDataset('broken', '{ "id": "broken", ');
    const entries = listDatasets();
    expect(entries.map((e) => [e.id, e.dataset ? 'valid' : e.problems.length])).toEqual([
      ['broken', 1],
      ['talks', 'valid'],
    ]);
    expect(entries[0]!.problems[0]!.message).toMatch(/^dataset\.json is not valid JSON/);
  });

  it('returns nothing when the data folder does not exist', () => {
    process.env.DATA_DIR = path.join(root, 'nowhere');
    expect(listDatasets()).toEqual([]);
  });

  it('shows an edited dataset on the next call, without a restart', () => {
    const dir = writeDataset('talks', validDatasetJson());
    expect(getDataset('talks')!.dataset!.title).toBe('Talks');
    const edited = { ...validDatasetJson(), title: 'Talks, revised' };
    fs.writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(edited));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'dataset.json'), later, later);
    expect(getDataset('talks')!.dataset!.title).toBe('Talks, revised');
  });

  it('requires the id inside the file to match the folder name', () => {
    writeDataset('other', validDatasetJson());
    expect(getDataset('other')!.problems).toEqual([
      { path: 'id', message: 'must match the folder name "other"', value: '"talks"' },
    ]);
  });
});

describe('getDataset', () => {
  it('never reads outside the data root', () => {
    writeDataset('talks', validDatasetJson());
    for (const id of ['..', '../talks', 'talks/..', '%2e%2e', 'a'.repeat(65), 'api', 'Talks']) {
      expect(getDataset(id)).toBeUndefined();
    }
  });

  it('refuses a dataset file over the size limit with a clear message', () => {
    const dir = writeDataset('talks', validDatasetJson());
    fs.truncateSync(path.join(dir, 'dataset.json'), MAX_FILE_BYTES + 1);
    expect(getDataset('talks')!.problems[0]!.message).toMatch(/over the 25 MB limit/);
  });

  it('gives every entry a short content hash that changes with the content', () => {
    const dir = writeDataset('talks', validDatasetJson());
    const before = getDataset('talks')!.version;
    expect(before).toMatch(/^[0-9a-f]{8}$/);
    fs.appendFileSync(path.join(dir, 'sources', 'note.txt'), '\nMore.');
    expect(getDataset('talks')!.version).not.toBe(before);
  });
});
