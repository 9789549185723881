import fs from 'node:fs';
import path from 'node:path';
import { isSlug } from '@/lib/model';
import {
  exists,
  finishConversion,
  isLink,
  linkedVersion,
  lockDataset,
  lockHolder,
  MARKS,
  pendingSwapDir,
  prune,
  versionsOf,
  VERSIONS,
} from './swap';

/** The dataset id a leftover hidden entry belongs to, if it is one. */
function leftoverId(name: string): string | undefined {
  const patterns: [RegExp, number][] = [
    [/^\.pending-(.+)$/, 1],
    [/^\.lock-(.+)$/, 1],
    [/^\.link-(.+)-[0-9a-f]{8}$/, 1],
    // The writer before the versioned swap: .tmp-<id>-XXXXXX and .old-<id>-<8 hex>.
    [/^\.tmp-(.+)-[A-Za-z0-9]{6}$/, 1],
    [/^\.old-(.+)-[0-9a-f]{8}$/, 1],
  ];
  for (const [re, group] of patterns) {
    const id = re.exec(name)?.[group];
    if (id && isSlug(id)) return id;
  }
  return undefined;
}

/**
 * Restores or cleans what a killed write left under `root`, and says what it did: finishes a
 * conversion whose new version was complete (readers were already shown it), puts back a
 * folder the older writer had moved aside, removes half-written folders and stray links,
 * relinks a dataset whose version folder is gone to its newest one, and drops versions of a
 * dataset whose folder was deleted. Datasets being written by a live process are left alone.
 * Never throws; returns one plain sentence per thing done.
 */
export function recoverInterruptedWrites(root: string): string[] {
  const messages: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return messages;
  }
  const ids = new Set(names.map(leftoverId).filter((id): id is string => id !== undefined));
  try {
    for (const id of fs.readdirSync(path.join(root, VERSIONS))) if (isSlug(id)) ids.add(id);
  } catch {
    // no versions folder yet
  }
  for (const id of [...ids].sort()) recoverId(root, id, names, messages);
  try {
    fs.rmdirSync(path.join(root, VERSIONS)); // only when empty
  } catch {
    // holds versions, or is not there
  }
  return messages;
}

function recoverId(root: string, id: string, names: string[], messages: string[]): void {
  const holder = lockHolder(root, id);
  if (holder !== undefined && holder !== process.pid) return;
  let release: (() => void) | undefined;
  try {
    release = lockDataset(root, id);
    recoverOne(root, id, names, messages);
  } catch (error) {
    messages.push(
      `could not tidy up after an interrupted write of ${id}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    release?.();
  }
}

function recoverOne(root: string, id: string, names: string[], messages: string[]): void {
  const target = path.join(root, id);
  const versions = path.join(root, VERSIONS, id);
  for (const name of names.filter((n) => n.startsWith(`${MARKS.link}${id}-`)))
    fs.rmSync(path.join(root, name), { force: true });

  const marker = path.join(root, `${MARKS.pending}${id}`);
  if (isLink(marker)) {
    const pending = pendingSwapDir(root, id);
    if (pending) {
      finishConversion(root, id, pending);
      messages.push(`finished the interrupted update of ${id} (its new version was complete)`);
    } else fs.rmSync(marker, { force: true });
  }

  for (const name of names.filter((n) => leftoverId(n) === id)) {
    const full = path.join(root, name);
    if (name.startsWith('.old-')) {
      if (!exists(target)) {
        fs.renameSync(full, target);
        messages.push(`restored ${id}, which an interrupted replace had moved aside`);
      } else {
        fs.rmSync(full, { recursive: true, force: true });
        messages.push(`removed the copy of ${id} an interrupted replace had moved aside`);
      }
    } else if (name.startsWith('.tmp-')) {
      fs.rmSync(full, { recursive: true, force: true });
      messages.push(`removed a half-written copy of ${id} (${name})`);
    }
  }

  let halfWritten = 0;
  try {
    for (const name of fs.readdirSync(versions))
      if (name.startsWith('.tmp-')) {
        fs.rmSync(path.join(versions, name), { recursive: true, force: true });
        halfWritten += 1;
      }
  } catch {
    return;
  }
  if (halfWritten)
    messages.push(
      `removed ${halfWritten} half-written version${halfWritten === 1 ? '' : 's'} of ${id}`,
    );

  const stored = versionsOf(root, id);
  if (isLink(target)) {
    const current = linkedVersion(root, id);
    if (!fs.existsSync(target) && stored[0]) {
      fs.rmSync(target, { force: true });
      fs.symlinkSync(path.relative(root, path.join(versions, stored[0], id)), target, 'dir');
      messages.push(`relinked ${id} to its newest stored version (${current ?? '?'} was missing)`);
    }
    prune(root, id);
  } else if (stored.length) {
    // A plain folder (never swapped) or none at all (deleted): stored versions are unused.
    for (const name of stored)
      fs.rmSync(path.join(versions, name), { recursive: true, force: true });
    messages.push(
      exists(target)
        ? `removed ${stored.length} finished but never used version${stored.length === 1 ? '' : 's'} of ${id}`
        : `removed the stored versions of ${id}, whose folder is gone`,
    );
  }
  if (fs.readdirSync(versions).length === 0) fs.rmdirSync(versions);
}
