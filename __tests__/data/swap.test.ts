import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  lockDataset,
  lockHolder,
  pendingSwapDir,
  recoverInterruptedWrites,
  startVersion,
  swapInVersion,
} from '@/lib/data/swap';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'swap-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Writes a version whose dataset.json says `text`, and swaps it in. */
function put(id: string, text: string): void {
  const dir = startVersion(root, id);
  fs.writeFileSync(path.join(dir, 'dataset.json'), text);
  swapInVersion(root, id, dir);
}
const read = (id: string) => fs.readFileSync(path.join(root, id, 'dataset.json'), 'utf8');
const versions = (id: string) => fs.readdirSync(path.join(root, '.versions', id)).sort();

describe('swapInVersion', () => {
  it('makes a new dataset a plain folder, then links each update, keeping one older version', () => {
    put('talks', 'one');
    expect(fs.lstatSync(path.join(root, 'talks')).isDirectory()).toBe(true);
    expect(fs.readdirSync(root)).toEqual(['talks']);
    put('talks', 'two');
    expect(fs.lstatSync(path.join(root, 'talks')).isSymbolicLink()).toBe(true);
    expect(read('talks')).toBe('two');
    expect(versions('talks')).toHaveLength(2); // the original folder and the new version
    put('talks', 'three');
    put('talks', 'four');
    expect(read('talks')).toBe('four');
    expect(versions('talks')).toHaveLength(2);
    expect(fs.readdirSync(root).sort()).toEqual(['.versions', 'talks']);
    // The link is relative, so the data folder can be moved or copied with cp -a.
    expect(fs.readlinkSync(path.join(root, 'talks'))).toMatch(/^\.versions\/talks\/[^/]+\/talks$/);
  });
});

describe('pendingSwapDir', () => {
  it('names the new version while a conversion is under way, and nothing otherwise', () => {
    expect(pendingSwapDir(root, 'talks')).toBeUndefined();
    const dir = startVersion(root, 'talks');
    fs.symlinkSync(path.relative(root, dir), path.join(root, '.pending-talks'));
    expect(pendingSwapDir(root, 'talks')).toBe(fs.realpathSync(dir));
    fs.rmSync(path.join(root, '.pending-talks'));
    fs.symlinkSync('/etc', path.join(root, '.pending-talks'));
    expect(pendingSwapDir(root, 'talks')).toBeUndefined();
  });
});

describe('recoverInterruptedWrites', () => {
  it('finishes a conversion killed after the old folder was moved (the dataset was missing)', () => {
    put('talks', 'old');
    const dir = startVersion(root, 'talks');
    fs.writeFileSync(path.join(dir, 'dataset.json'), 'new');
    // Killed mid-conversion: the new version complete and named, the old folder moved away.
    const complete = path.join(root, '.versions', 'talks', '20300101T000000Z-aaaaaa');
    fs.renameSync(path.dirname(dir), complete);
    fs.symlinkSync(
      `.versions/talks/20300101T000000Z-aaaaaa/talks`,
      path.join(root, '.pending-talks'),
    );
    fs.mkdirSync(path.join(root, '.versions', 'talks', '20300101T000000Z-original'));
    fs.renameSync(
      path.join(root, 'talks'),
      path.join(root, '.versions', 'talks', '20300101T000000Z-original', 'talks'),
    );
    expect(recoverInterruptedWrites(root)).toEqual([
      'finished the interrupted update of talks (its new version was complete)',
    ]);
    expect(read('talks')).toBe('new');
    expect(fs.existsSync(path.join(root, '.pending-talks'))).toBe(false);
  });

  it('removes half-written versions and leaves the dataset as it was', () => {
    put('talks', 'old');
    const dir = startVersion(root, 'talks');
    fs.writeFileSync(path.join(dir, 'dataset.json'), '{"half');
    expect(recoverInterruptedWrites(root)).toEqual(['removed 1 half-written version of talks']);
    expect(read('talks')).toBe('old');
    expect(fs.readdirSync(root)).toEqual(['talks']);
  });

  it('puts back a folder the older writer had moved aside, and removes its temporary folders', () => {
    fs.mkdirSync(path.join(root, '.old-talks-0a1b2c3d'));
    fs.writeFileSync(path.join(root, '.old-talks-0a1b2c3d', 'dataset.json'), 'old');
    fs.mkdirSync(path.join(root, '.tmp-talks-Ab12Cd'));
    expect(recoverInterruptedWrites(root).sort()).toEqual([
      'removed a half-written copy of talks (.tmp-talks-Ab12Cd)',
      'restored talks, which an interrupted replace had moved aside',
    ]);
    expect(read('talks')).toBe('old');
    expect(fs.readdirSync(root)).toEqual(['talks']);
  });

  it("leaves alone a dataset another live process is writing, and clears a dead one's lock", () => {
    put('talks', 'old');
    startVersion(root, 'talks');
    fs.writeFileSync(path.join(root, '.lock-talks'), `${process.ppid}\n`);
    expect(recoverInterruptedWrites(root)).toEqual([]);
    expect(fs.readdirSync(path.join(root, '.versions', 'talks'))).toHaveLength(1);
    fs.writeFileSync(path.join(root, '.lock-talks'), '99999999\n');
    expect(recoverInterruptedWrites(root)).toEqual(['removed 1 half-written version of talks']);
    expect(fs.readdirSync(root)).toEqual(['talks']);
  });
});

describe('lockDataset', () => {
  it('refuses a second writer while a live process holds the lock', () => {
    fs.writeFileSync(path.join(root, '.lock-talks'), `${process.ppid}\n`);
    expect(() => lockDataset(root, 'talks')).toThrow(/another process .* is writing talks/);
    const release = lockDataset(root, 'other');
    expect(fs.readFileSync(path.join(root, '.lock-other'), 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(fs.existsSync(path.join(root, '.lock-other'))).toBe(false);
  });
});

describe('lockHolder', () => {
  it('names a live process that holds the lock, and nobody for a stale one', () => {
    fs.writeFileSync(path.join(root, '.lock-talks'), String(process.pid));
    expect(lockHolder(root, 'talks')).toBe(process.pid);
    fs.writeFileSync(path.join(root, '.lock-talks'), '999999999');
    expect(lockHolder(root, 'talks')).toBeUndefined();
  });

  it('does not take a named pipe for a lock, and does not wait on it', () => {
    execFileSync('mkfifo', [path.join(root, '.lock-talks')]);
    const started = Date.now();
    expect(lockHolder(root, 'talks')).toBeUndefined();
    expect(recoverInterruptedWrites(root)).toEqual(expect.any(Array));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
