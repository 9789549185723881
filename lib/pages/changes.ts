import { toCsv } from '@/lib/csv/write';
import { formatDate } from '@/lib/wording/dates';

/** One edit of a workspace revision as the store keeps it: a part, an item key, before and after (null: none). */
export interface ChangeEdit {
  part: string;
  key: string;
  before: unknown;
  after: unknown;
}

/** One workspace revision: who, when (ISO time), why, and its edits. */
export interface ChangeRevision {
  number: number;
  author: string;
  time: string;
  reason: string;
  edits: ChangeEdit[];
}

/** One entry of a folder dataset's CHANGES.md: its heading's date, version and action, and its lines. */
export interface ChangeFileEntry {
  date: string;
  version: string;
  action: string;
  /** The entry's list lines as plain text; `nested` for a sub-item ("  - added: …"). */
  lines: { text: string; nested: boolean }[];
}

/** What a dataset's store records of its changes. */
export type ChangeRecord =
  | { home: 'workspace'; latest: number; revisions: ChangeRevision[] }
  | { home: 'folder'; entries: ChangeFileEntry[] };

/** The range a `/changes` query asks for: revisions after `from` up to `to`, or the last 30 days. */
export interface ChangesRange {
  from?: number;
  to?: number;
  notes: string[];
}

type QueryValue = string | string[] | undefined;

const first = (v: QueryValue) => (Array.isArray(v) ? v[0] : v);

/** Reads `from` and `to` (revision numbers); a bad value is left out with a note, never an error. */
export function parseChangesRange(query: { from?: QueryValue; to?: QueryValue }): ChangesRange {
  const notes: string[] = [];
  const read = (name: 'from' | 'to'): number | undefined => {
    const raw = first(query[name]);
    if (raw === undefined || raw === '') return undefined;
    if (/^\d{1,9}$/.test(raw.trim())) return Number(raw.trim());
    notes.push(
      `"${name}" must be a revision number (0 or more); "${raw.slice(0, 40)}" was ignored.`,
    );
    return undefined;
  };
  let from = read('from');
  let to = read('to');
  if (from !== undefined && to !== undefined && from > to) {
    notes.push(`"from" (${from}) is after "to" (${to}); both were ignored.`);
    from = undefined;
    to = undefined;
  }
  return { from, to, notes };
}

/** One line of a revision: what was added, changed or removed, with the old and new value in words. */
export interface ChangeLine {
  action: 'added' | 'changed' | 'removed';
  part: string;
  key: string;
  before?: string;
  after?: string;
}

/** One revision on the page. */
export interface RevisionView {
  number: number;
  author: string;
  time: string;
  /** "16 May 2025, 14:03 UTC". */
  when: string;
  reason: string;
  lines: ChangeLine[];
}

/** The `/changes` page's content. */
export type ChangesView =
  | {
      home: 'workspace';
      heading: string;
      latest: number;
      revisions: RevisionView[];
      notes: string[];
    }
  | { home: 'folder'; entries: (ChangeFileEntry & { when: string })[]; notes: string[] };

type Item = Record<string, unknown>;

/** A value in words: a position's value, status and confidence; a source's title; else a name or JSON. */
export function describeValue(part: string, value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value !== 'object') {
    const text = String(value);
    return text.length > 200 ? `${text.slice(0, 197)}...` : text;
  }
  const v = value as Item;
  if (part === 'positions') {
    const bits: string[] = [];
    if (v.value !== undefined) bits.push(`value ${String(v.value)}`);
    bits.push(String(v.status));
    if (v.confidence !== undefined) bits.push(`${String(v.confidence)} confidence`);
    return bits.join(', ');
  }
  if (part === 'sources') {
    const s = (v.source ?? v) as Item;
    return `"${String(s.title ?? s.id ?? '')}"`;
  }
  const label = v.name ?? v.title ?? v.label ?? v.summary;
  if (typeof label === 'string') return label.length > 80 ? `${label.slice(0, 77)}...` : label;
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** An edit as a line: added (no before), removed (no after) or changed. */
export function changeLine(edit: ChangeEdit): ChangeLine {
  const base = { part: edit.part, key: edit.key };
  if (edit.before === null || edit.before === undefined)
    return { ...base, action: 'added', after: describeValue(edit.part, edit.after) };
  if (edit.after === null || edit.after === undefined)
    return { ...base, action: 'removed', before: describeValue(edit.part, edit.before) };
  return {
    ...base,
    action: 'changed',
    before: describeValue(edit.part, edit.before),
    after: describeValue(edit.part, edit.after),
  };
}

/** An ISO time for readers: "16 May 2025, 14:03 UTC" (the date alone when there is no time). */
export function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${formatDate(m[1]!)}, ${m[2]} UTC` : formatDate(m[1]!);
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The page's content. Workspace: the revisions after `from` up to `to` (either may be left out),
 * or with neither those of the 30 days before `now`, newest first. Folder: every CHANGES.md entry.
 */
export function changesView(record: ChangeRecord, range: ChangesRange, now: Date): ChangesView {
  if (record.home === 'folder')
    return {
      home: 'folder',
      entries: record.entries.map((e) => ({ ...e, when: formatTime(e.date) })),
      notes:
        range.from !== undefined || range.to !== undefined
          ? [
              ...range.notes,
              'A folder dataset has no revision numbers; every recorded change is shown.',
            ]
          : range.notes,
    };
  const { from, to } = range;
  const byRange = from !== undefined || to !== undefined;
  const since = now.getTime() - 30 * DAY;
  const chosen = record.revisions.filter((r) =>
    byRange
      ? r.number > (from ?? 0) && r.number <= (to ?? record.latest)
      : Date.parse(r.time) >= since,
  );
  const heading = byRange
    ? `Changes after revision ${from ?? 0}, up to revision ${Math.min(to ?? record.latest, record.latest)}`
    : `Changes in the last 30 days (since ${formatDate(new Date(since).toISOString().slice(0, 10))})`;
  return {
    home: 'workspace',
    heading,
    latest: record.latest,
    notes: range.notes,
    revisions: chosen
      .sort((a, b) => b.number - a.number)
      .map((r) => ({
        number: r.number,
        author: r.author,
        time: r.time,
        when: formatTime(r.time),
        reason: r.reason,
        lines: r.edits.map(changeLine),
      })),
  };
}

/** The same changes as CSV: one row per edit (workspace) or per CHANGES.md line (folder). */
export function changesCsv(view: ChangesView): string {
  if (view.home === 'folder')
    return toCsv(
      ['date', 'version', 'action', 'change'],
      view.entries.flatMap((e) =>
        (e.lines.length ? e.lines : [{ text: '', nested: false }]).map((l) => [
          e.date,
          e.version,
          e.action,
          l.text,
        ]),
      ),
    );
  return toCsv(
    ['revision', 'time', 'author', 'reason', 'action', 'part', 'key', 'before', 'after'],
    view.revisions.flatMap((r) =>
      r.lines.map((l) => [
        r.number,
        r.time,
        r.author,
        r.reason,
        l.action,
        l.part,
        l.key,
        l.before,
        l.after,
      ]),
    ),
  );
}
