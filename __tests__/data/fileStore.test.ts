import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { datasetStore, DEFAULT_LIMITS, FileStore, MAX_FILE_BYTES } from '@/lib/data';
import { FIXTURE_SOURCE, validDatasetJson } from '../model/fixture';

let base: string;
let root: string;

function writeDataset(id: string, json: unknown, source = FIXTURE_SOURCE, at = root) {
  const dir = path.join(at, id);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'dataset.json'),
    typeof json === 'string' || Buffer.isBuffer(json)
      ? json
      : JSON.stringify({ ...(json as object), id }),
  );
  fs.writeFileSync(path.join(dir, 'sources', 'note.txt'), source);
  return dir;
}

const store = () => datasetStore();

beforeEach(() => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'filestore-'));
  root = path.join(base, 'data');
  fs.mkdirSync(root);
  process.env.DATA_DIR = root;
});
afterEach(() => {
  fs.rmSync(base, { recursive: true, force: true });
  delete process.env.DATA_DIR;
});

describe('FileStore.list', () => {
  it('lists valid and broken datasets side by side, sorted by id, with counts and home', async () => {
    writeDataset('talks', validDatasetJson());
    writeDataset('broken', '{ "id": "broken", ');
    const summaries = await store().list();
    expect(summaries.map((s) => [s.id, s.counts ? 'valid' : s.problems.length])).toEqual([
      ['broken', 1],
      ['talks', 'valid'],
    ]);
    expect(summaries[0]!.problems[0]!.message).toMatch(
      /^dataset\.json is not valid JSON at line 1/,
    );
    expect(summaries[1]).toMatchObject({
      home: 'folder',
      title: 'Talks',
      asOf: '2025-05-16',
      counts: { parties: 2, issues: 1, rounds: 1, sources: 1 },
    });
  });

  it('returns nothing when the data folder does not exist', async () => {
    process.env.DATA_DIR = path.join(root, 'nowhere');
    expect(await store().list()).toEqual([]);
  });

  it('skips hidden folders and folders without a dataset.json', async () => {
    writeDataset('.tmp-talks', validDatasetJson());
    fs.mkdirSync(path.join(root, 'empty'));
    expect(await store().list()).toEqual([]);
  });

  it('shows an edited dataset on the next call, without a restart', async () => {
    const dir = writeDataset('talks', validDatasetJson());
    expect((await store().get('talks'))!.dataset!.title).toBe('Talks');
    const edited = { ...validDatasetJson(), title: 'Talks, revised' };
    fs.writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(edited));
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'dataset.json'), later, later);
    expect((await store().get('talks'))!.dataset!.title).toBe('Talks, revised');
  });

  it('requires the id inside the file to match the folder name', async () => {
    writeDataset('other', JSON.stringify(validDatasetJson()));
    expect((await store().get('other'))!.problems).toEqual([
      { path: 'id', message: 'must match the folder name "other"', value: '"talks"' },
    ]);
  });
});

describe('FileStore.get', () => {
  it('never reads outside the data root', async () => {
    writeDataset('talks', validDatasetJson());
    for (const id of ['..', '../talks', 'talks/..', '%2e%2e', 'a'.repeat(65), 'api', 'Talks']) {
      expect(await store().get(id)).toBeUndefined();
    }
  });

  it('refuses a dataset file over the size limit with a clear message', async () => {
    const dir = writeDataset('talks', validDatasetJson());
    fs.truncateSync(path.join(dir, 'dataset.json'), MAX_FILE_BYTES + 1);
    expect((await store().get('talks'))!.problems[0]!.message).toMatch(/over the 25 MB limit/);
  });

  it('gives every entry a short content hash that changes with the content', async () => {
    const dir = writeDataset('talks', validDatasetJson());
    const before = (await store().get('talks'))!.version;
    expect(before).toMatch(/^[0-9a-f]{8}$/);
    fs.appendFileSync(path.join(dir, 'sources', 'note.txt'), '\nMore.');
    expect((await store().get('talks'))!.version).not.toBe(before);
  });

  it('answers a version it holds and nothing for another', async () => {
    writeDataset('talks', validDatasetJson());
    const { version } = (await store().get('talks'))!;
    expect((await store().get('talks', { version }))?.version).toBe(version);
    expect(await store().get('talks', { version: '00000000' })).toBeUndefined();
  });

  it('shares one read between requests that arrive together', async () => {
    writeDataset('talks', validDatasetJson());
    const fresh = new FileStore(root);
    const [a, b] = await Promise.all([fresh.get('talks'), fresh.get('talks')]);
    expect(a).toBe(b);
  });
});

describe('files that took the server down (security review, findings 1 and 2)', () => {
  it('reads only the source files dataset.json names, whatever else sources/ holds', async () => {
    const dir = writeDataset('talks', validDatasetJson());
    // An unreferenced file over every limit: never read, never counted, never a problem.
    fs.writeFileSync(path.join(dir, 'sources', 'huge.txt'), '');
    fs.truncateSync(path.join(dir, 'sources', 'huge.txt'), MAX_FILE_BYTES * 2);
    const fresh = new FileStore(root);
    const entry = (await fresh.get('talks'))!;
    expect(entry.problems).toEqual([]);
    expect([...entry.sourceTexts.keys()]).toEqual(['note.txt']);
    expect(fresh.cacheBytes).toBeLessThan(10_000);
  });

  it('caps the bytes of one dataset and reports the cap as a problem naming the file', async () => {
    const json = validDatasetJson();
    json.sources.push({ id: 'big', title: 'Big', kind: 'analysis', file: 'big.txt' });
    const dir = writeDataset('talks', json);
    fs.writeFileSync(path.join(dir, 'sources', 'big.txt'), 'x'.repeat(50_000));
    const fresh = new FileStore(root, { ...DEFAULT_LIMITS, datasetBytes: 20_000 });
    const entry = (await fresh.get('talks'))!;
    expect(entry.dataset).toBeUndefined();
    expect(entry.problems).toEqual([
      { path: 'sources/big.txt', message: expect.stringMatching(/limit for one dataset/) },
    ]);
  });

  it('keeps the cache within its budget, evicting the least recently used dataset', async () => {
    const text = `${FIXTURE_SOURCE}\n${'y'.repeat(30_000)}`;
    for (const id of ['one', 'two', 'three']) writeDataset(id, validDatasetJson(), text);
    const fresh = new FileStore(root, { ...DEFAULT_LIMITS, cacheBytes: 70_000 });
    for (const id of ['one', 'two', 'three']) expect((await fresh.get(id))?.dataset?.id).toBe(id);
    expect(fresh.cacheBytes).toBeLessThanOrEqual(70_000);
    // An evicted dataset is read again, not lost.
    expect((await fresh.get('one'))?.dataset?.id).toBe('one');
    expect(fresh.cacheBytes).toBeLessThanOrEqual(70_000);
  });

  it('reports a named pipe called dataset.json without waiting on it', async () => {
    const dir = path.join(root, 'talks');
    fs.mkdirSync(dir);
    execFileSync('mkfifo', [path.join(dir, 'dataset.json')]);
    const started = Date.now();
    const entry = (await store().get('talks'))!;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(entry.problems[0]!.message).toBe(
      'dataset.json is a named pipe, not a regular file; not read',
    );
    // And a pipe named like a source file is refused the same way.
    const other = writeDataset('other', validDatasetJson());
    fs.rmSync(path.join(other, 'sources', 'note.txt'));
    execFileSync('mkfifo', [path.join(other, 'sources', 'note.txt')]);
    expect((await store().get('other'))!.problems[0]).toEqual({
      path: 'sources/note.txt',
      message: 'file is a named pipe, not a regular file; not read',
    });
  });
});

describe('symbolic links (finding 4)', () => {
  it('refuses a dataset folder linked from outside the data root, and lists it as a problem', async () => {
    const outside = writeDataset('secret', validDatasetJson(), FIXTURE_SOURCE, base);
    fs.symlinkSync(outside, path.join(root, 'secret'));
    const entry = (await store().get('secret'))!;
    expect(entry.dataset).toBeUndefined();
    expect(entry.problems[0]!.message).toBe(
      'the folder is a link to outside the data folder; not read',
    );
    expect((await store().list()).map((s) => [s.id, s.problems.length])).toEqual([['secret', 1]]);
  });

  it('follows a link that stays inside the data root (an atomic swap by link)', async () => {
    // The layout of lib/data/swap.ts: data/<id> links to .versions/<id>/<stamp>/<id>.
    const version = path.join('.versions', 'talks', '20261202T000000Z-abcdef');
    writeDataset('talks', validDatasetJson(), FIXTURE_SOURCE, path.join(root, version));
    fs.symlinkSync(path.join(version, 'talks'), path.join(root, 'talks'));
    expect((await store().get('talks'))?.dataset?.id).toBe('talks');
  });

  it('reads the pending new version while a plain folder is being converted to a link', async () => {
    const version = path.join('.versions', 'talks', '20261202T000000Z-abcdef');
    writeDataset(
      'talks',
      { ...validDatasetJson(), title: 'New' },
      FIXTURE_SOURCE,
      path.join(root, version),
    );
    fs.symlinkSync(path.join(version, 'talks'), path.join(root, '.pending-talks'));
    // data/talks itself is missing for this moment: the new version is served, and listed.
    const fresh = new FileStore(root);
    expect((await fresh.get('talks'))?.dataset?.title).toBe('New');
    expect((await fresh.list()).map((s) => s.id)).toEqual(['talks']);
  });

  it('refuses a linked sources folder or source file that leaves the root', async () => {
    const dir = writeDataset('talks', validDatasetJson());
    const elsewhere = path.join(base, 'elsewhere');
    fs.mkdirSync(elsewhere);
    fs.writeFileSync(path.join(elsewhere, 'note.txt'), FIXTURE_SOURCE);
    fs.rmSync(path.join(dir, 'sources'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(dir, 'sources'));
    expect((await store().get('talks'))!.problems[0]).toEqual({
      path: 'sources',
      message: 'the sources folder is a link to outside the data folder; not read',
    });
    fs.rmSync(path.join(dir, 'sources'));
    fs.mkdirSync(path.join(dir, 'sources'));
    fs.symlinkSync(path.join(elsewhere, 'note.txt'), path.join(dir, 'sources', 'note.txt'));
    expect((await store().get('talks'))!.problems[0]).toEqual({
      path: 'sources/note.txt',
      message: 'file is a link to outside the data folder; not read',
    });
  });

  it('never shows the content of a dataset.json linked to a file outside the root', async () => {
    const dir = path.join(root, 'talks');
    fs.mkdirSync(dir);
    const secret = path.join(base, 'passwd');
    fs.writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
    fs.symlinkSync(secret, path.join(dir, 'dataset.json'));
    const [summary] = await store().list();
    expect(JSON.stringify(summary)).not.toContain('root:');
    expect(summary!.problems[0]!.message).toBe(
      'dataset.json is a link to outside the data folder; not read',
    );
  });

  it('words a JSON error by position only, never quoting the file', async () => {
    writeDataset('talks', 'root:x:0:0:root:/root:/bin/bash\n');
    const message = (await store().get('talks'))!.problems[0]!.message;
    expect(message).toBe(
      'dataset.json is not valid JSON at line 1, column 1: a character here is not allowed in JSON',
    );
  });
});

describe('encodings (finding 7)', () => {
  it('names UTF-16 as the encoding found', async () => {
    const text = JSON.stringify({ ...validDatasetJson(), id: 'talks' });
    writeDataset('talks', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect((await store().get('talks'))!.problems[0]!.message).toBe(
      'dataset.json is encoded as UTF-16 (little-endian); save it as UTF-8',
    );
  });

  it('refuses invalid UTF-8 with the offset of the first bad byte', async () => {
    const text = Buffer.from(JSON.stringify({ ...validDatasetJson(), id: 'talks' }));
    const bad = Buffer.concat([text.subarray(0, 20), Buffer.from([0xc3, 0x28]), text.subarray(20)]);
    writeDataset('talks', bad);
    expect((await store().get('talks'))!.problems[0]!.message).toBe(
      'dataset.json is not valid UTF-8 (first bad byte at offset 20); save it as UTF-8',
    );
  });

  it('refuses a source file in Latin-1 the same way, naming the file', async () => {
    writeDataset(
      'talks',
      validDatasetJson(),
      Buffer.from('Caf\xe9 au lait', 'latin1').toString('latin1'),
    );
    const dir = path.join(root, 'talks', 'sources', 'note.txt');
    fs.writeFileSync(dir, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    expect((await store().get('talks'))!.problems[0]).toEqual({
      path: 'sources/note.txt',
      message: 'file is not valid UTF-8 (first bad byte at offset 3); save it as UTF-8',
    });
  });
});
