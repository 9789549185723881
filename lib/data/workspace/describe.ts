import type { RecordedEdit } from './parts';

type Item = Record<string, unknown>;

/** A short account of one value: a position's status, value and confidence; else its name. */
function brief(part: string, value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value !== 'object') return JSON.stringify(value);
  const v = value as Item;
  if (part === 'positions') {
    const bits = [String(v.status)];
    if (v.value !== undefined) bits.push(`value ${String(v.value)}`);
    if (v.confidence !== undefined) bits.push(`${String(v.confidence)} confidence`);
    return bits.join(', ');
  }
  if (part === 'sources') {
    const s = v.source as Item | undefined;
    return `"${String(s?.title ?? '')}" (${String(v.text ?? '').length.toLocaleString('en-GB')} characters)`;
  }
  const label = v.name ?? v.title ?? v.label ?? v.summary;
  return typeof label === 'string'
    ? JSON.stringify(label.length > 60 ? `${label.slice(0, 57)}...` : label)
    : 'an item';
}

/** One edit in one line for people: added, removed or changed, old → new. */
export function describeEdit(edit: RecordedEdit): string {
  const where = edit.key ? `${edit.part} ${edit.key}` : edit.part;
  if (edit.before === null) return `+ ${where}: ${brief(edit.part, edit.after)}`;
  if (edit.after === null) return `- ${where}: ${brief(edit.part, edit.before)}`;
  return `~ ${where}: ${brief(edit.part, edit.before)} → ${brief(edit.part, edit.after)}`;
}

/** How many edits of each part, as "3 positions, 1 title". */
export function countEdits(edits: readonly RecordedEdit[]): string {
  const counts = new Map<string, number>();
  for (const e of edits) counts.set(e.part, (counts.get(e.part) ?? 0) + 1);
  return [...counts].map(([part, n]) => `${n} ${part}`).join(', ') || 'no edits';
}
