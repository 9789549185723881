import fs from 'node:fs';
import path from 'node:path';
import { checkDataset } from '@/lib/model';
import { discardVersion, exists, lockDataset, startVersion, swapInVersion } from './swap';

/** The files of a dataset folder: dataset.json text, source texts by file name, other files. */
export interface DatasetFiles {
  id: string;
  json: string;
  sources: ReadonlyMap<string, string>;
  /** Extra files at the folder's top level (HOWTO.md, CHANGES.md, dataset.json.previous), by name. */
  extra?: ReadonlyMap<string, string>;
}

/** What happened: written (and whether an older folder was replaced), or why nothing was. */
export type WriteResult =
  { ok: true; dir: string; replaced: boolean } | { ok: false; message: string };

/**
 * Writes a dataset folder under `root` all at once: into a hidden version folder, checked
 * again from disk, then put in place in one atomic step (see lib/data/swap.ts), so a reader
 * sees the old dataset or the new one, never a half-written or missing one. Nothing is left
 * behind on failure; an existing dataset is replaced only with `force`.
 */
export function writeDatasetFolder(root: string, files: DatasetFiles, force = false): WriteResult {
  const target = path.join(root, files.id);
  let release: (() => void) | undefined;
  let tmp: string | undefined;
  try {
    release = lockDataset(root, files.id);
    const existed = exists(target);
    if (existed && !force)
      return { ok: false, message: `${target} already exists; add --force to replace it` };
    tmp = startVersion(root, files.id);
    fs.mkdirSync(path.join(tmp, 'sources'));
    for (const [name, text] of files.sources)
      fs.writeFileSync(path.join(tmp, 'sources', name), text);
    for (const [name, text] of files.extra ?? []) fs.writeFileSync(path.join(tmp, name), text);
    fs.writeFileSync(path.join(tmp, 'dataset.json'), files.json);
    const reread = new Map(
      [...files.sources.keys()].map((name) => [
        name,
        fs.readFileSync(path.join(tmp!, 'sources', name), 'utf8'),
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
    swapInVersion(root, files.id, tmp);
    tmp = undefined;
    return { ok: true, dir: target, replaced: existed };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  } finally {
    if (tmp) discardVersion(tmp);
    release?.();
  }
}
