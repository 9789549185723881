import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseChangesFile, readChangesFile } from '@/lib/data/changeLog';
import { changesFile, diffDatasets } from '@/lib/data/changes';
import { dataset } from '../analysis/fixtures';

const FILE = [
  '# Changes',
  '',
  'Newest first; written by `npm run import`.',
  '',
  '## 2025-05-16, version 9f8e7d6c5b4a: updated in place (--into)',
  '',
  '- positions: 1 added, 0 changed, 3 unchanged',
  '  - added: a/tax/r2',
  '- <script>alert(1)</script>',
  '',
  '## 2025-05-01, version 0123456789ab: replaced (--force)',
  '',
  '- dataset title: "A" → "B"',
  '',
].join('\n');

describe('parseChangesFile', () => {
  it('reads each heading as an entry with its lines, newest first, as plain text', () => {
    expect(parseChangesFile(FILE)).toEqual([
      {
        date: '2025-05-16',
        version: '9f8e7d6c5b4a',
        action: 'updated in place (--into)',
        lines: [
          { text: 'positions: 1 added, 0 changed, 3 unchanged', nested: false },
          { text: 'added: a/tax/r2', nested: true },
          { text: '<script>alert(1)</script>', nested: false },
        ],
      },
      {
        date: '2025-05-01',
        version: '0123456789ab',
        action: 'replaced (--force)',
        lines: [{ text: 'dataset title: "A" → "B"', nested: false }],
      },
    ]);
  });
  it('keeps a heading of another shape as its action, and reads CRLF files', () => {
    expect(parseChangesFile('## hand-written note\r\n- one\r\n')).toEqual([
      {
        date: '',
        version: '',
        action: 'hand-written note',
        lines: [{ text: 'one', nested: false }],
      },
    ]);
  });
  it('reads nothing from text with no entries', () => {
    expect(parseChangesFile('- stray line\nplain')).toEqual([]);
  });
  it('reads back what changesFile writes', () => {
    const d = dataset({ parties: ['a'] });
    const text = changesFile(undefined, {
      date: '2025-05-16',
      version: 'v1',
      action: 'replaced (--force)',
      changes: diffDatasets(undefined, d),
    });
    const [entry] = parseChangesFile(text);
    expect(entry).toMatchObject({
      date: '2025-05-16',
      version: 'v1',
      action: 'replaced (--force)',
    });
    expect(entry!.lines).toContainEqual({
      text: 'parties: 1 added, 0 changed, 0 unchanged',
      nested: false,
    });
    expect(entry!.lines).toContainEqual({ text: 'added: a', nested: true });
  });
});

describe('readChangesFile', () => {
  let root: string;
  let dir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'changes-'));
    dir = path.join(root, 'talks');
    fs.mkdirSync(dir);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reads a folder’s CHANGES.md, and gives none for a folder without one', async () => {
    expect(await readChangesFile(dir, root)).toEqual([]);
    fs.writeFileSync(path.join(dir, 'CHANGES.md'), FILE);
    expect((await readChangesFile(dir, root)).map((e) => e.version)).toEqual([
      '9f8e7d6c5b4a',
      '0123456789ab',
    ]);
  });

  it('gives none, at once, for a named pipe called CHANGES.md', async () => {
    execFileSync('mkfifo', [path.join(dir, 'CHANGES.md')]);
    const started = Date.now();
    expect(await readChangesFile(dir, root)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('never follows a CHANGES.md linked to a file outside the data root', async () => {
    const outside = path.join(os.tmpdir(), `changes-outside-${process.pid}.md`);
    fs.writeFileSync(outside, FILE);
    try {
      fs.symlinkSync(outside, path.join(dir, 'CHANGES.md'));
      expect(await readChangesFile(dir, root)).toEqual([]);
    } finally {
      fs.rmSync(outside, { force: true });
    }
  });
});
