import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { ChangeFileEntry, ChangeRecord } from '@/lib/pages/changes';
import { changesSince, itemNamer, type ChangesSince } from '@/lib/pages/changesSince';
import type { DatasetEntry, ValidDatasetEntry } from './entry';
import { parseVersion } from './workspace/hash';
import { datasetStore, workspaceStore } from './datasets';
import { checkPath, readTextFile } from './files/safeRead';
import { MAX_FILE_BYTES, READ_TIMEOUT_MS } from './limits';
import { dataRoot } from './root';

const HEADING = /^## (.*?), version (\S+?): (.*)$/;

/**
 * CHANGES.md (as `npm run import` writes it) as entries, newest first: each `## <date>, version
 * <v>: <action>` heading starts one, and its `- ` and `  - ` lines are its lines. Everything is
 * kept as plain text (no Markdown or HTML is interpreted); other lines are left out.
 */
export function parseChangesFile(text: string): ChangeFileEntry[] {
  const entries: ChangeFileEntry[] = [];
  let current: ChangeFileEntry | undefined;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.startsWith('## ')) {
      const m = HEADING.exec(raw);
      current = m
        ? { date: m[1]!.trim(), version: m[2]!, action: m[3]!.trim(), lines: [] }
        : { date: '', version: '', action: raw.slice(3).trim(), lines: [] };
      entries.push(current);
      continue;
    }
    const item = /^( *)- (.*)$/.exec(raw);
    if (current && item) current.lines.push({ text: item[2]!, nested: item[1]!.length > 0 });
  }
  return entries;
}

/**
 * A folder dataset's CHANGES.md as entries ([] when it has none, or when it is not a regular
 * UTF-8 file inside the data root): read with the loader's checks, so a pipe cannot hang the
 * request and a link cannot reach outside the data folder.
 */
export async function readChangesFile(dir: string, root = dataRoot()): Promise<ChangeFileEntry[]> {
  const realRoot = await fsp.realpath(/*turbopackIgnore: true*/ root).catch(() => undefined);
  if (!realRoot) return [];
  const checked = await checkPath(realRoot, path.join(dir, 'CHANGES.md'), 'file');
  if (!checked.ok) return [];
  const read = await readTextFile(checked.real, MAX_FILE_BYTES, READ_TIMEOUT_MS);
  return read.ok ? parseChangesFile(read.text) : [];
}

/**
 * What the store records of a dataset's changes: a workspace dataset's revisions (with their
 * edits), or a folder dataset's CHANGES.md entries; undefined when there is no such dataset.
 */
export async function changeRecord(id: string): Promise<ChangeRecord | undefined> {
  const entry = await datasetStore().get(id);
  return entry ? changeRecordOf(entry) : undefined;
}

/** What the store records of this entry's dataset's changes (every revision, up to the latest). */
export async function changeRecordOf(entry: DatasetEntry): Promise<ChangeRecord> {
  if (entry.home === 'folder')
    return { home: 'folder', entries: await readChangesFile(entry.location) };
  const revisions = await workspaceStore().log(entry.id);
  const latest = revisions.reduce((n, r) => Math.max(n, r.number), 0);
  return { home: 'workspace', latest, revisions };
}

/**
 * The changes of the entry's dataset after `since` (a date or a version), up to the version the
 * entry is (an old version's changes stop there), named from the dataset; or why `since` was refused.
 */
export async function changesSinceOf(
  entry: ValidDatasetEntry,
  since: string,
): Promise<ChangesSince | { refused: string }> {
  const record = await changeRecordOf(entry).catch((error: unknown) => {
    console.warn(
      `changes of ${entry.id}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  });
  if (!record)
    return {
      refused: 'The recorded changes could not be read just now; the server log has the reason.',
    };
  const upTo = entry.home === 'workspace' ? parseVersion(entry.version)?.revision : undefined;
  return changesSince(record, since, upTo, itemNamer(entry.dataset));
}
