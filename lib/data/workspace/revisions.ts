import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { DatasetProblem } from '@/lib/model';
import type { WorkspaceDatabase } from './db';
import type { DatasetState, Part, RecordedEdit } from './parts';
import { datasets, revisions } from './schema';

/** One revision of a workspace dataset: who, when, why, and every edit's before and after. */
export interface Revision {
  dataset: string;
  number: number;
  author: string;
  /** ISO time. */
  time: string;
  reason: string;
  edits: RecordedEdit[];
  /** Content hash of the dataset after this revision. */
  hash: string;
}

/** A cell (part and key) that the refused write touched and another revision changed meanwhile. */
export interface Conflict {
  part: Part;
  key: string;
  /** The latest revision since the base that changed it. */
  revision: number;
  author: string;
  time: string;
  reason: string;
  /** Its value at the writer's base revision, and now. */
  before: unknown;
  after: unknown;
}

/** Who makes a change, why, and which revision they saw. */
export interface SaveOptions {
  baseRevision: number;
  author: string;
  reason: string;
}

/** What a write did: a new revision, or why nothing was written. */
export type SaveResult =
  | { ok: true; revision: number; version: string }
  | { ok: false; problems: DatasetProblem[]; conflicts: Conflict[] };

/** A refusal with problems only. */
export function refused(problems: DatasetProblem[], conflicts: Conflict[] = []): SaveResult {
  return { ok: false, problems, conflicts };
}

type RevisionRow = typeof revisions.$inferSelect;
type DatasetRow = typeof datasets.$inferSelect;

/** A revision from its row. */
export function revisionOf(row: RevisionRow): Revision {
  const change = JSON.parse(row.change) as { edits?: RecordedEdit[] };
  return {
    dataset: row.datasetId,
    number: row.number,
    author: row.author,
    time: new Date(row.createdAt).toISOString(),
    reason: row.reason,
    edits: change.edits ?? [],
    hash: row.contentHash,
  };
}

/** The current state kept in a dataset row. */
export function stateOfRow(row: DatasetRow): DatasetState {
  const json = JSON.parse(row.dataset) as Record<string, unknown>;
  delete json.id;
  return { doc: json, texts: JSON.parse(row.texts) as Record<string, string> };
}

/** The dataset row, or undefined. */
export async function datasetRow(
  db: WorkspaceDatabase,
  id: string,
  forUpdate = false,
): Promise<DatasetRow | undefined> {
  const query = db.select().from(datasets).where(eq(datasets.id, id));
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0];
}

/** Revisions of a dataset after `after`, oldest first (or newest first with `newestFirst`). */
export async function revisionsAfter(
  db: WorkspaceDatabase,
  id: string,
  after: number,
  newestFirst = false,
): Promise<Revision[]> {
  const rows = await db
    .select()
    .from(revisions)
    .where(and(eq(revisions.datasetId, id), gt(revisions.number, after)))
    .orderBy(newestFirst ? desc(revisions.number) : asc(revisions.number));
  return rows.map(revisionOf);
}

/**
 * The cells of `edits` that revisions after the base changed: for each, the latest such
 * revision, with the value at the base (the first of them's before) and now (the last's after).
 */
export function conflictsWith(
  edits: readonly { part: Part; key: string }[],
  since: readonly Revision[],
): Conflict[] {
  const wanted = new Set(edits.map((e) => `${e.part}\u0000${e.key}`));
  const found = new Map<string, Conflict>();
  for (const revision of since)
    for (const edit of revision.edits) {
      const cell = `${edit.part}\u0000${edit.key}`;
      if (!wanted.has(cell)) continue;
      const first = found.get(cell);
      found.set(cell, {
        part: edit.part,
        key: edit.key,
        revision: revision.number,
        author: revision.author,
        time: revision.time,
        reason: revision.reason,
        before: first ? first.before : edit.before,
        after: edit.after,
      });
    }
  return [...found.values()];
}

/** A conflict in one line for people: who, when, old → new. */
export function describeConflict(c: Conflict): string {
  const show = (v: unknown) => (v === null ? '(none)' : JSON.stringify(v));
  return (
    `${c.part} ${c.key || ''} was changed in revision ${c.revision} by ${c.author} at ${c.time}` +
    ` (${c.reason}): ${show(c.before)} → ${show(c.after)}`
  ).replace(/ {2}/g, ' ');
}
