import type { CodingPart } from './parts';

// A coding form's fields are named by their path in the item, dots between steps:
// `scale.zero`, `acceptable.min`, `evidence.0.quote`. This turns the fields a browser sends into
// the item they stand for, and back, so one set of names serves the form, its errors and the JSON.

/** Form fields that are not the item's: what the form was loaded at, why, add or edit, a source's text. */
export const META_FIELDS = ['baseRevision', 'reason', 'create', 'text'] as const;

/** How a field's text becomes a value: a number, a yes/no, a list (one per line, or repeated fields). */
type Kind = 'number' | 'boolean' | 'list';

/** Field paths (with `*` for a row number) that are not plain text. */
const KINDS: Record<CodingPart, Record<string, Kind>> = {
  sources: { authors: 'list' },
  parties: { rounds: 'list', members: 'list', capability: 'number' },
  issues: {},
  rounds: {},
  positions: {
    value: 'number',
    'acceptable.min': 'number',
    'acceptable.max': 'number',
    salience: 'number',
    checked: 'list',
    'evidence.*.reading': 'number',
    'evidence.*.dateInferred': 'boolean',
  },
  events: { parties: 'list' },
  outcomes: { parties: 'list', value: 'number' },
  delegations: {},
};

/** The kind of a field (row numbers read as `*`), or undefined for text. */
export function fieldKind(part: CodingPart, field: string): Kind | undefined {
  return KINDS[part][field.replace(/\.\d+(?=\.|$)/g, '.*')];
}

/** A number as typed: a number when it reads as one, else the text (so the schema names the field). */
function numberOf(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function listOf(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(/\r?\n/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function setPath(target: Record<string, unknown>, steps: readonly string[], value: unknown): void {
  let at: Record<string, unknown> = target;
  steps.forEach((step, i) => {
    if (i === steps.length - 1) at[step] = value;
    else at = (at[step] ??= {}) as Record<string, unknown>;
  });
}

/** Rows (objects keyed "0", "1", ...) become lists in row order, empty rows left out. */
function compact(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => [k, compact(v)] as const,
  );
  if (entries.length && entries.every(([k]) => /^\d+$/.test(k)))
    return entries
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, v]) => v)
      .filter((v) => typeof v !== 'object' || v === null || Object.keys(v).length > 0);
  return Object.fromEntries(entries);
}

/**
 * The item a form's fields stand for. Empty fields are left out (an optional field not given), a
 * row of empty fields too; numbers and yes/no fields are read as such when they can be; list
 * fields take one entry per line or per repeated field. Values are not trimmed: text is kept as typed.
 */
export function itemOfFields(
  part: CodingPart,
  fields: ReadonlyMap<string, readonly string[]>,
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const [name, values] of fields) {
    if ((META_FIELDS as readonly string[]).includes(name)) continue;
    const kind = fieldKind(part, name);
    const steps = name.split('.');
    if (kind === 'list') {
      const list = listOf(values);
      if (list.length) setPath(item, steps, list);
      continue;
    }
    const text = values[values.length - 1] ?? '';
    if (text.trim() === '') continue;
    if (kind === 'number') setPath(item, steps, numberOf(text));
    else if (kind === 'boolean')
      setPath(
        item,
        steps,
        text === 'true' || text === 'on' ? true : text === 'false' ? false : text,
      );
    else setPath(item, steps, text);
  }
  return compact(item) as Record<string, unknown>;
}

/** An item as form fields (the inverse of itemOfFields): each field's text, lists one per line. */
export function fieldsOfItem(item: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, at: string) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      out[at] = value.join('\n');
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${at}.${i}`));
      return;
    }
    if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        walk(v, at ? `${at}.${k}` : k);
      return;
    }
    out[at] = String(value);
  };
  walk(item, prefix);
  return out;
}

/** A form's fields by name, each with every value sent (a checkbox list sends one per box). */
export function fieldsOfForm(entries: Iterable<[string, string]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, value] of entries) out.set(name, [...(out.get(name) ?? []), value]);
  return out;
}
