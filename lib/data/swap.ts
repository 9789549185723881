import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from './process';

// How a dataset folder is replaced so that readers always see the old or the new one:
//
//   data/<id>                       a link to  .versions/<id>/<stamp>/<id>   (after the first update)
//   data/.versions/<id>/<stamp>/<id>  one complete version (dataset.json, sources/, ...)
//   data/.versions/<id>/.tmp-<stamp>  a version being written; renamed to <stamp> when complete
//   data/.pending-<id>              a link to the new version while a real folder is converted
//   data/.lock-<id>                 the id of the process writing <id>
//
// A version's own folder is named <id>, so a reader given its path finds the id it expects.
// Replacing a link is one rename(2) of a new link over it: atomic. The first update of a real
// folder cannot be one step (rename cannot replace a non-empty folder), so the new version is
// first named by .pending-<id>; readers that find data/<id> missing read that instead.

/** Hidden folder under the data root that holds every version of updated datasets. */
export const VERSIONS = '.versions';
/** Name prefixes of the hidden entries a write leaves for a moment under the data root. */
export const MARKS = { pending: '.pending-', lock: '.lock-', link: '.link-' } as const;
const PENDING = MARKS.pending;
const LOCK = MARKS.lock;
const LINK = MARKS.link;

/** True when something (a link included, even a dangling one) is at `p`. */
export const exists = (p: string) => fs.existsSync(p) || isLink(p);
/** True when `p` is a symbolic link. */
export function isLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function stamp(): string {
  const time = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `${time}-${randomBytes(3).toString('hex')}`;
}

/** The process holding the write lock of `id`, when one that is still running holds it. */
export function lockHolder(root: string, id: string): number | undefined {
  const file = path.join(/*turbopackIgnore: true*/ root, `${LOCK}${id}`);
  try {
    // Only a small regular file is a lock: a pipe put in its place must not hang the reader.
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || stat.size > 64) return undefined;
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && isRunning(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

const held = new Map<string, number>();

/**
 * Takes the write lock of dataset `id` for this process (again if it holds it already) and
 * returns its release; a lock left by a process that is gone is taken over.
 */
export function lockDataset(root: string, id: string): () => void {
  const key = path.join(root, id);
  const file = path.join(/*turbopackIgnore: true*/ root, `${LOCK}${id}`);
  const release = () => {
    const count = (held.get(key) ?? 1) - 1;
    if (count > 0) return void held.set(key, count);
    held.delete(key);
    fs.rmSync(file, { force: true });
  };
  if (held.has(key)) {
    held.set(key, held.get(key)! + 1);
    return release;
  }
  fs.mkdirSync(root, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      held.set(key, 1);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(root, id);
      if (holder !== undefined)
        throw new Error(
          `another process (${holder}) is writing ${id}; wait for it, or delete ${file} if it is not running`,
        );
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the write lock ${file}`);
}

/** A new, empty version folder of `id` to write into; commit it with `swapInVersion`. */
export function startVersion(root: string, id: string): string {
  const dir = path.join(root, VERSIONS, id, `.tmp-${stamp()}`, id);
  fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
  return dir;
}

/** Throws away a version folder made by `startVersion` that will not be used. */
export function discardVersion(dir: string): void {
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  // Leave no empty .versions/<id> (nor .versions) behind a first write that failed.
  for (const folder of [
    path.dirname(path.dirname(dir)),
    path.dirname(path.dirname(path.dirname(dir))),
  ])
    try {
      fs.rmdirSync(folder);
    } catch {
      return;
    }
}

function linkOver(root: string, id: string, target: string): void {
  const link = path.join(root, `${LINK}${id}-${randomBytes(4).toString('hex')}`);
  fs.symlinkSync(path.relative(root, target), link, 'dir');
  fs.renameSync(link, path.join(root, id));
}

/**
 * Puts a complete version (from `startVersion`) in place as `data/<id>` in one atomic step:
 * a new dataset becomes a plain folder; an existing link is replaced by a link to the new
 * version; an existing plain folder is converted (see the notes at the top of this file).
 * Keeps the version just replaced (a reader may be in the middle of it) and removes older ones.
 */
export function swapInVersion(root: string, id: string, tmpDir: string): void {
  const release = lockDataset(root, id);
  try {
    const versions = path.join(root, VERSIONS, id);
    const target = path.join(root, id);
    let current: fs.Stats | undefined;
    try {
      current = fs.lstatSync(target);
    } catch {
      current = undefined;
    }
    if (!current) {
      fs.renameSync(tmpDir, target);
      fs.rmSync(path.dirname(tmpDir), { recursive: true, force: true });
      if (fs.readdirSync(versions).length === 0) fs.rmdirSync(versions);
      if (fs.readdirSync(path.join(root, VERSIONS)).length === 0)
        fs.rmdirSync(path.join(root, VERSIONS));
      return;
    }
    const version = path.join(versions, stamp());
    fs.renameSync(path.dirname(tmpDir), version);
    const dir = path.join(version, id);
    if (current.isSymbolicLink()) linkOver(root, id, dir);
    else finishConversion(root, id, dir);
    prune(root, id);
  } finally {
    release();
  }
}

/** Converts the plain folder data/<id> into a link to `dir`, readers pointed at `dir` meanwhile. */
export function finishConversion(root: string, id: string, dir: string): void {
  const pending = path.join(/*turbopackIgnore: true*/ root, `${PENDING}${id}`);
  if (!isLink(pending)) fs.symlinkSync(path.relative(root, dir), pending, 'dir');
  const target = path.join(root, id);
  if (exists(target) && !isLink(target)) {
    const old = path.join(root, VERSIONS, id, `${stamp()}-original`);
    fs.mkdirSync(old);
    fs.renameSync(target, path.join(old, id));
  }
  if (!isLink(target)) linkOver(root, id, dir);
  fs.rmSync(pending, { force: true });
}

/** The version folders of `id`, newest first (complete ones only). */
export function versionsOf(root: string, id: string): string[] {
  try {
    return fs
      .readdirSync(path.join(root, VERSIONS, id))
      .filter((name) => !name.startsWith('.'))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

/** The version data/<id> links to, by its folder name under .versions/<id>/. */
export function linkedVersion(root: string, id: string): string | undefined {
  try {
    const parts = fs.readlinkSync(path.join(root, id)).split(/[\\/]/);
    return parts.at(-2);
  } catch {
    return undefined;
  }
}

/** Removes the versions of `id` older than the current one and the one before it. */
export function prune(root: string, id: string): void {
  const current = linkedVersion(root, id);
  const others = versionsOf(root, id).filter((v) => v !== current);
  for (const old of others.slice(1))
    fs.rmSync(path.join(root, VERSIONS, id, old), { recursive: true, force: true });
}

/**
 * The folder to read for dataset `id` while its first update converts it (data/<id> briefly
 * missing): the complete new version, or undefined when no conversion is under way. A reader
 * that finds data/<id> missing and gets undefined here should look at data/<id> once more:
 * the marker goes only after the new link is in place.
 */
export function pendingSwapDir(root: string, id: string): string | undefined {
  const marker = path.join(/*turbopackIgnore: true*/ root, `${PENDING}${id}`);
  try {
    if (!fs.lstatSync(marker).isSymbolicLink()) return undefined;
    const real = fs.realpathSync(marker);
    const realRoot = fs.realpathSync(root);
    if (!real.startsWith(realRoot + path.sep) || !fs.statSync(real).isDirectory()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

/** Ids with a conversion under way (data/<id> may be missing for a moment), for listings. */
export function pendingSwapIds(root: string): string[] {
  try {
    return fs
      .readdirSync(root)
      .filter((name) => name.startsWith(PENDING))
      .map((name) => name.slice(PENDING.length))
      .filter((id) => pendingSwapDir(root, id) !== undefined);
  } catch {
    return [];
  }
}

export { recoverInterruptedWrites } from './recover';
