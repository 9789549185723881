import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkDataset } from '@/lib/model';

/** The files of a dataset folder: dataset.json text, source texts by file name, other files. */
export interface DatasetFiles {
  id: string;
  json: string;
  sources: ReadonlyMap<string, string>;
  /** Extra files at the folder's top level (HOWTO.md), by name. */
  extra?: ReadonlyMap<string, string>;
}

/** What happened: written (and whether an older folder was replaced), or why nothing was. */
export type WriteResult =
  { ok: true; dir: string; replaced: boolean } | { ok: false; message: string };

/**
 * Writes a dataset folder under `root` all at once: into a hidden temporary folder beside it,
 * checked again from disk, then renamed into place. Nothing is left behind on failure; an
 * existing folder is replaced only with `force`, and then swapped by rename, never half-written.
 */
export function writeDatasetFolder(root: string, files: DatasetFiles, force = false): WriteResult {
  const target = path.join(root, files.id);
  const exists = fs.existsSync(target);
  if (exists && !force)
    return { ok: false, message: `${target} already exists; add --force to replace it` };
  fs.mkdirSync(root, { recursive: true });
  // Hidden (dot) folders are never listed as datasets, so a reader never sees this one.
  const tmp = fs.mkdtempSync(path.join(root, `.tmp-${files.id}-`));
  fs.chmodSync(tmp, 0o755); // mkdtemp makes it private; the server may run as another user
  const old = path.join(root, `.old-${files.id}-${randomBytes(4).toString('hex')}`);
  let moved = false;
  try {
    fs.mkdirSync(path.join(tmp, 'sources'));
    for (const [name, text] of files.sources)
      fs.writeFileSync(path.join(tmp, 'sources', name), text);
    for (const [name, text] of files.extra ?? []) fs.writeFileSync(path.join(tmp, name), text);
    fs.writeFileSync(path.join(tmp, 'dataset.json'), files.json);
    const reread = new Map(
      [...files.sources.keys()].map((name) => [
        name,
        fs.readFileSync(path.join(tmp, 'sources', name), 'utf8'),
      ]),
    );
    const check = checkDataset(
      JSON.parse(fs.readFileSync(path.join(tmp, 'dataset.json'), 'utf8')),
      reread,
    );
    if (!check.ok)
      throw new Error(
        `the written files do not validate: ${check.problems[0]?.path} ${check.problems[0]?.message}`,
      );
    if (exists) {
      fs.renameSync(target, old);
      moved = true;
    }
    fs.renameSync(tmp, target);
    if (moved) fs.rmSync(old, { recursive: true, force: true });
    return { ok: true, dir: target, replaced: exists };
  } catch (error) {
    if (moved && !fs.existsSync(target)) fs.renameSync(old, target);
    fs.rmSync(tmp, { recursive: true, force: true });
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
