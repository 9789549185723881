import path from 'node:path';
import { FileStore, isDatasetFolderName } from '../files/fileStore';
import type { DatasetStore } from '../store';
import { writeDatasetFolder, type WriteResult } from '../write';
import { datasetJson, stateOf, type DatasetState } from './parts';
import type { SaveResult } from './revisions';
import type { WorkspaceStore } from './store';

/** What an import did: the new revision, or why nothing was imported. */
export type ImportResult =
  { ok: true; id: string; version: string } | { ok: false; message: string };

/**
 * Copies a valid dataset folder into the workspace as revision 1, under its own id or `newId`.
 * Ids are unique across both homes: an id taken by a folder (in `folders`) or by the workspace
 * is refused with a message saying to pass another.
 */
export async function importFolder(
  workspace: WorkspaceStore,
  folders: DatasetStore,
  dir: string,
  options: { newId?: string; author: string },
): Promise<ImportResult> {
  // Read as a store of its parent folder reads it (not through datasets.ts, which will compose this store).
  const entry = await new FileStore(path.dirname(path.resolve(dir))).get(path.basename(dir));
  if (!entry) return { ok: false, message: `${dir} holds no dataset.json` };
  if (!entry.dataset) {
    const first = entry.problems[0];
    return {
      ok: false,
      message: `${dir} has ${entry.problems.length} problems (first: ${first?.path || '(top)'} ${first?.message}); fix them first`,
    };
  }
  const id = options.newId ?? entry.id;
  if (!isDatasetFolderName(id))
    return {
      ok: false,
      message: `"${id}" is not a usable dataset id (lowercase a-z, digits, hyphens; not a reserved word)`,
    };
  const inFolders = await folders.get(id);
  if (inFolders)
    return {
      ok: false,
      message: `the id "${id}" is taken by the folder ${inFolders.location} (ids are unique across folders and the workspace); pass --id <new-id> to import it under another id`,
    };
  if (await workspace.get(id))
    return {
      ok: false,
      message: `the id "${id}" is taken in the workspace; pass --id <new-id> to import it under another id`,
    };
  const state = stateOf(entry.dataset as unknown as Record<string, unknown>, entry.sourceTexts);
  const saved: SaveResult = await workspace.create(id, state, {
    author: options.author,
    // The folder's name only: a path on the server says nothing to readers of /changes and shows its layout.
    reason: `imported from the folder ${path.basename(path.resolve(dir))}`,
  });
  if (!saved.ok)
    return {
      ok: false,
      message: saved.problems.map((p) => `${p.path || '(top)'}: ${p.message}`).join('; '),
    };
  return { ok: true, id, version: saved.version };
}

/** The files of a workspace dataset state, ready for the folder writer. */
export function folderFiles(id: string, state: DatasetState, json: string) {
  return { id, json, sources: new Map(Object.entries(state.texts)) };
}

/**
 * Writes a workspace dataset (now, or at `revision`) as a folder `<root>/<id>` in the folder
 * format, through the same all-at-once writer as the other tools. `format` turns the JSON into
 * the text of dataset.json (the CLI formats it like the other tools).
 */
export async function exportDataset(
  workspace: WorkspaceStore,
  id: string,
  root: string,
  options: { revision?: number; force?: boolean; format?: (json: unknown) => Promise<string> } = {},
): Promise<WriteResult> {
  const head = await workspace.get(id);
  if (!head) return { ok: false, message: `the workspace has no dataset "${id}"` };
  const revision = options.revision ?? Number(/^r(\d+)/.exec(head.version)?.[1]);
  const at = await workspace.stateAt(id, revision);
  if (!at) return { ok: false, message: `${id} has no revision ${revision}` };
  const json = datasetJson(id, at.state);
  const text = options.format ? await options.format(json) : `${JSON.stringify(json, null, 2)}\n`;
  return writeDatasetFolder(root, folderFiles(id, at.state, text), options.force);
}
