import fs from 'node:fs';
import path from 'node:path';
import type { ChangeFileEntry, ChangeRecord } from '@/lib/pages/changes';
import { datasetStore, workspaceStore } from './datasets';
import { dataRoot } from './root';

/** The most of CHANGES.md read (bytes); the file is newest first, so an old tail is what is lost. */
const MAX_BYTES = 1024 * 1024;

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

/** A folder dataset's CHANGES.md as entries ([] when it has none). */
export function readChangesFile(dir: string): ChangeFileEntry[] {
  const file = path.join(dir, 'CHANGES.md');
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const buffer = Buffer.alloc(MAX_BYTES);
    const size = fs.readSync(fd, buffer, 0, MAX_BYTES, 0);
    return parseChangesFile(buffer.subarray(0, size).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What the store records of a dataset's changes: a workspace dataset's revisions (with their
 * edits), or a folder dataset's CHANGES.md entries; undefined when there is no such dataset.
 */
export async function changeRecord(id: string): Promise<ChangeRecord | undefined> {
  const entry = await datasetStore().get(id);
  if (!entry) return undefined;
  if (entry.home === 'folder')
    return { home: 'folder', entries: readChangesFile(path.join(dataRoot(), id)) };
  const revisions = await workspaceStore().log(id);
  const latest = revisions.reduce((n, r) => Math.max(n, r.number), 0);
  return { home: 'workspace', latest, revisions };
}
