import { constants, promises as fsp, type Stats } from 'node:fs';
import path from 'node:path';
import { decodeUtf8 } from '../text';
import { limitWords, megabytes } from '../limits';

/** A path checked to stay inside the data root, with what it turned out to be. */
export type Checked =
  { ok: true; real: string; stat: Stats } | { ok: false; missing: boolean; message: string };

/** Words for a file system entry that is neither a regular file nor a folder. */
function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isDirectory()) return 'a folder';
  return 'not a regular file';
}

/** True when `real` is `root` itself or inside it. */
export function isInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/**
 * Resolves `target` (links followed) and checks that it stays under `realRoot` and is of the
 * wanted kind. A link is followed only when its real path is inside the data root, so an atomic
 * swap by link works while a link to /etc or another folder is refused unread.
 */
export async function checkPath(
  realRoot: string,
  target: string,
  want: 'file' | 'folder',
): Promise<Checked> {
  let link: Stats;
  try {
    link = await fsp.lstat(target);
  } catch {
    return { ok: false, missing: true, message: 'is missing' };
  }
  let real = target;
  if (link.isSymbolicLink()) {
    try {
      real = await fsp.realpath(target);
    } catch {
      return { ok: false, missing: false, message: 'is a link to nothing' };
    }
    if (!isInside(realRoot, real))
      return {
        ok: false,
        missing: false,
        message: 'is a link to outside the data folder; not read',
      };
  } else {
    // The folder itself may sit below a linked parent: check the resolved path too.
    try {
      real = await fsp.realpath(target);
    } catch {
      return { ok: false, missing: true, message: 'is missing' };
    }
    if (!isInside(realRoot, real))
      return { ok: false, missing: false, message: 'is outside the data folder; not read' };
  }
  const stat = link.isSymbolicLink() ? await fsp.stat(real).catch(() => undefined) : link;
  if (!stat) return { ok: false, missing: true, message: 'is missing' };
  const fits = want === 'file' ? stat.isFile() : stat.isDirectory();
  if (!fits)
    return {
      ok: false,
      missing: false,
      message: `is ${kindOf(stat)}, not a ${want === 'file' ? 'regular file' : 'folder'}; not read`,
    };
  return { ok: true, real, stat };
}

/** What reading one file gave: its text, or a message naming what was wrong (never its content). */
export type FileRead = { ok: true; text: string; bytes: number } | { ok: false; message: string };

/**
 * Reads a checked regular file as strict UTF-8 without blocking the event loop: opened
 * non-blocking (a pipe swapped in after the check cannot hang it), checked again on the open
 * handle, refused over `maxBytes`, and abandoned after `timeoutMs`.
 */
export async function readTextFile(
  real: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<FileRead> {
  let handle: fsp.FileHandle | undefined;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    handle = await fsp.open(real, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    const stat = await handle.stat();
    if (!stat.isFile()) return { ok: false, message: `is ${kindOf(stat)}; not read` };
    if (stat.size > maxBytes)
      return {
        ok: false,
        message: `is ${megabytes(stat.size)}, over the ${limitWords(maxBytes)} limit for a dataset file`,
      };
    const bytes = await handle.readFile({ signal });
    if (bytes.length > maxBytes)
      return { ok: false, message: `grew past the ${limitWords(maxBytes)} limit while being read` };
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) return { ok: false, message: decoded.message };
    return { ok: true, text: decoded.text, bytes: bytes.length };
  } catch (error) {
    if (signal.aborted)
      return { ok: false, message: `could not be read within ${timeoutMs / 1000} s` };
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `could not be read (${code ?? 'unknown error'})` };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
