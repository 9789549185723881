import { recordKeys } from '@/lib/csv/merge';
import type { Dataset } from '@/lib/model';

/** What changed in one list of a dataset (parties, positions, events...), by item key. */
export interface KindChanges {
  kind: string;
  added: string[];
  removed: string[];
  /** Each changed item with its changed fields as "field: old → new". */
  changed: { key: string; fields: string[] }[];
  unchanged: number;
}

/** Everything that differs between two versions of a dataset. */
export interface DatasetChanges {
  /** The dataset's own fields (title, summary, as-of date) as "field: old → new". */
  fields: string[];
  kinds: KindChanges[];
}

/** The lists compared, each with how one item is named. */
const KINDS: {
  kind: string;
  list: (d: Dataset) => readonly object[];
  key: (item: never) => string;
}[] = [
  { kind: 'sources', list: (d) => d.sources, key: (s: { id: string }) => s.id },
  { kind: 'parties', list: (d) => d.parties, key: (p: { id: string }) => p.id },
  { kind: 'issues', list: (d) => d.issues, key: (i: { id: string }) => i.id },
  { kind: 'rounds', list: (d) => d.rounds, key: (r: { id: string }) => r.id },
  { kind: 'positions', list: (d) => d.positions, key: recordKeys.position },
  { kind: 'events', list: (d) => d.events, key: recordKeys.event },
  { kind: 'outcomes', list: (d) => d.outcomes ?? [], key: recordKeys.outcome },
  { kind: 'delegations', list: (d) => d.delegations ?? [], key: recordKeys.delegation },
];

/** A value for a change line: JSON, cut to 60 characters. */
function short(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fieldChanges(old: object, next: object): string[] {
  const a = old as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]))
    .map((f) => `${f}: ${short(a[f])} → ${short(b[f])}`);
}

/** Items by key; a key met again gets "#2", "#3"... so nothing is lost in the count. */
function byKey(items: readonly object[], key: (item: never) => string): Map<string, object> {
  const out = new Map<string, object>();
  for (const item of items) {
    const base = key(item as never);
    let k = base;
    for (let n = 2; out.has(k); n += 1) k = `${base} #${n}`;
    out.set(k, item);
  }
  return out;
}

/**
 * What differs from `old` (undefined for a new dataset) to `next`: the dataset's own fields,
 * and per list the items added, removed and changed (field by field) and how many are the same.
 * A source whose text changed counts as changed ("text: changed").
 */
export function diffDatasets(
  old: Dataset | undefined,
  next: Dataset,
  texts: { old?: ReadonlyMap<string, string>; next?: ReadonlyMap<string, string> } = {},
): DatasetChanges {
  const fields = (['title', 'summary', 'asOf'] as const)
    .filter((f) => old && old[f] !== next[f])
    .map((f) => `${f}: ${short(old?.[f])} → ${short(next[f])}`);
  const kinds = KINDS.map(({ kind, list, key }) => {
    const before = byKey(old ? list(old) : [], key);
    const after = byKey(list(next), key);
    const out: KindChanges = { kind, added: [], removed: [], changed: [], unchanged: 0 };
    for (const [k, item] of after) {
      const was = before.get(k);
      if (!was) {
        out.added.push(k);
        continue;
      }
      const changes = fieldChanges(was, item);
      if (kind === 'sources') {
        const file = (s: object) => (s as { file: string }).file;
        if (texts.old?.get(file(was)) !== texts.next?.get(file(item)))
          changes.push('text: changed');
      }
      if (changes.length) out.changed.push({ key: k, fields: changes });
      else out.unchanged += 1;
    }
    for (const k of before.keys()) if (!after.has(k)) out.removed.push(k);
    return out;
  });
  return { fields, kinds };
}

function names(list: string[], max = 10): string {
  const shown = list.slice(0, max).join('; ');
  return list.length > max ? `${shown}; and ${list.length - max} more` : shown;
}

/** The change summary as plain lines: per list the counts, then what was added, changed, removed. */
export function changeLines(changes: DatasetChanges): string[] {
  const lines = changes.fields.map((f) => `dataset ${f}`);
  for (const k of changes.kinds) {
    const counts = [
      `${k.added.length} added`,
      `${k.changed.length} changed`,
      `${k.unchanged} unchanged`,
    ];
    if (k.removed.length) counts.push(`${k.removed.length} removed`);
    lines.push(`${k.kind}: ${counts.join(', ')}`);
    if (k.added.length) lines.push(`  added: ${names(k.added)}`);
    for (const c of k.changed.slice(0, 10))
      lines.push(`  changed ${c.key}: ${c.fields.join('; ')}`);
    if (k.changed.length > 10) lines.push(`  ... and ${k.changed.length - 10} more changed`);
    if (k.removed.length) lines.push(`  removed: ${names(k.removed)}`);
  }
  return lines;
}

/** True when nothing differs. */
export function unchanged(changes: DatasetChanges): boolean {
  return (
    changes.fields.length === 0 &&
    changes.kinds.every((k) => !k.added.length && !k.changed.length && !k.removed.length)
  );
}

/**
 * CHANGES.md with a new entry on top (newest first): date, version, what was run and the
 * change summary; `previous` is the file as it was, kept below.
 */
export function changesFile(
  previous: string | undefined,
  entry: { date: string; version: string; action: string; changes: DatasetChanges },
): string {
  const title = '# Changes\n\nNewest first; written by `npm run import`.\n';
  const body = (previous ?? '').replace(
    /^# Changes\n\nNewest first; written by `npm run import`\.\n/,
    '',
  );
  const lines = changeLines(entry.changes).map((l) =>
    l.startsWith('  ') ? `  - ${l.trim()}` : `- ${l}`,
  );
  const block = `\n## ${entry.date}, version ${entry.version}: ${entry.action}\n\n${lines.join('\n')}\n`;
  return `${title}${block}${body}`;
}
