import type { Dataset } from '@/lib/model';
import { formatDate } from '@/lib/wording/dates';
import { changeLine, formatTime, type ChangeLine, type ChangeRecord } from './changes';

/** One revision (or CHANGES.md entry) among the changes since a point: its heading and its changes. */
export interface SinceGroup {
  heading: string;
  lines: string[];
}

/** The changes after a date or a version, oldest first, for the briefing's "What changed since" slide. */
export interface ChangesSince {
  /** "12 May 2025", "revision 5", "version 1a2b3c4d". */
  label: string;
  groups: SinceGroup[];
}

/** How an item of a part is named for readers (a position's key as party, issue and round names). */
export type ItemNamer = (part: string, key: string) => string;

/** Names from the dataset: a position's "party/issue/round" key as "Russia · Ceasefire · Round 2"; a party, issue or round by its name. */
export function itemNamer(dataset: Dataset): ItemNamer {
  const names = new Map<string, string>();
  for (const p of dataset.parties) names.set(`parties/${p.id}`, p.name);
  for (const i of dataset.issues) names.set(`issues/${i.id}`, i.title);
  for (const r of dataset.rounds) names.set(`rounds/${r.id}`, r.label);
  return (part, key) => {
    if (part !== 'positions') return names.get(`${part}/${key}`) ?? key;
    const [party = '', issue = '', round = ''] = key.split('/');
    return [
      names.get(`parties/${party}`) ?? party,
      names.get(`issues/${issue}`) ?? issue,
      names.get(`rounds/${round}`) ?? round,
    ].join(' · ');
  };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const REVISION = /^r?(\d{1,9})$/;
const ACTION = { added: 'Added', changed: 'Changed', removed: 'Removed' } as const;
/** One item of a list part, in words: "position", "party". */
const ITEM: Record<string, string> = {
  positions: 'position',
  parties: 'party',
  issues: 'issue',
  rounds: 'round',
  sources: 'source',
  events: 'event',
  outcomes: 'outcome',
  delegations: 'delegation',
};

/** The changes page's range for a `since`: after that revision (`?from=12`), or its default range ('') for a date. */
export function sinceChangesQuery(since: string | undefined): string {
  const revision = REVISION.exec(since ?? '');
  return revision ? `?from=${revision[1]}` : '';
}

/** A recorded edit as one line: "Changed position Russia · Ceasefire · Round 2: value 40, stated → value 60, stated". */
export function sinceLine(line: ChangeLine, name: ItemNamer): string {
  const what = line.key
    ? `${ITEM[line.part] ?? line.part} ${name(line.part, line.key)}`
    : line.part === 'asOf'
      ? 'as-of date'
      : line.part;
  const value =
    line.action === 'added'
      ? line.after
      : line.action === 'removed'
        ? line.before
        : `${line.before} → ${line.after}`;
  return `${ACTION[line.action]} ${what}: ${value}`;
}

/**
 * The changes a record holds after `since`: a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`: changes
 * made on or after it) or a version (a workspace revision number, or a folder's version from
 * its CHANGES.md: the changes after it). A workspace's changes stop at `upTo` (the revision
 * shown, so an old version's deck never tells of later ones). Returns a reason instead when
 * `since` is neither.
 */
export function changesSince(
  record: ChangeRecord,
  since: string,
  upTo: number | undefined,
  name: ItemNamer = (_part, key) => key,
): ChangesSince | { refused: string } {
  const isDate = DATE.test(since);
  if (record.home === 'workspace') {
    const revision = REVISION.exec(since);
    if (!isDate && !revision)
      return {
        refused: `"since" must be a date (YYYY-MM-DD) or a revision number; "${since}" was ignored.`,
      };
    const last = upTo ?? record.latest;
    const after = revision ? Number(revision[1]) : undefined;
    const chosen = record.revisions
      .filter((r) => r.number <= last && (after !== undefined ? r.number > after : r.time >= since))
      .sort((a, b) => a.number - b.number);
    return {
      label: isDate ? formatDate(since) : `revision ${after}`,
      groups: chosen.map((r) => ({
        heading: `Revision ${r.number} · ${formatTime(r.time)} · ${r.author}${r.reason ? `: ${r.reason}` : ''}`,
        lines: r.edits.map((e) => sinceLine(changeLine(e), name)),
      })),
    };
  }
  // CHANGES.md is newest first; a version names the entry after which to start.
  const at = isDate ? -1 : record.entries.findIndex((e) => e.version === since);
  if (!isDate && at < 0)
    return {
      refused: `"since" must be a date (YYYY-MM-DD) or a version listed in CHANGES.md; "${since}" was ignored.`,
    };
  const chosen = isDate
    ? record.entries.filter((e) => e.date >= since)
    : record.entries.slice(0, at);
  return {
    label: isDate ? formatDate(since) : `version ${since}`,
    groups: chosen.reverse().map((e) => ({
      heading: `${formatTime(e.date)} · version ${e.version}: ${e.action}`,
      lines: e.lines.map((l) => l.text),
    })),
  };
}
