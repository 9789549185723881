import type { DatasetProblem } from '@/lib/model';
import { canonicalJson } from './hash';
import { ListCursor } from './lists';

/** Parts of a dataset that hold one value. */
export const SCALAR_PARTS = ['$schema', 'title', 'summary', 'asOf'] as const;
/** Parts of a dataset that hold a list of items, each found by a key. */
export const LIST_PARTS = [
  'sources',
  'parties',
  'issues',
  'rounds',
  'positions',
  'outcomes',
  'events',
  'delegations',
] as const;
/** A part of a dataset that a change can touch. */
export type Part = (typeof SCALAR_PARTS)[number] | (typeof LIST_PARTS)[number];
type ListPart = (typeof LIST_PARTS)[number];

/**
 * One edit of a change: the new value of a part (scalar parts have the key ""), or of one item of
 * a list part; `after: null` removes it. A source's item is `{ source, text }`.
 */
export interface Edit {
  part: Part;
  key: string;
  after: unknown;
}

/** An edit as a revision keeps it: the value before too, and where a list item sat before. */
export interface RecordedEdit extends Edit {
  before: unknown;
  index?: number;
}

/** A dataset as the workspace works on it: the JSON without its id, and source texts by file. */
export interface DatasetState {
  doc: Record<string, unknown>;
  texts: Record<string, string>;
}

type Item = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The key of one item of a list part (before duplicate keys are told apart). */
export function baseKey(part: ListPart, value: unknown): string {
  const item = (value ?? {}) as Item;
  switch (part) {
    case 'sources':
      return str((item.source as Item | undefined)?.id);
    case 'positions':
      return `${str(item.party)}/${str(item.issue)}/${str(item.round)}`;
    case 'outcomes': {
      const parties = Array.isArray(item.parties) ? item.parties.map(str).sort() : [];
      return `${str(item.issue)}/${str(item.round)}/${parties.join('+')}`;
    }
    case 'events':
      return `${str(item.date)}/${str(item.title)}`;
    case 'delegations':
      return `${str(item.party)}/${str(item.round) || '*'}`;
    default:
      return str(item.id);
  }
}

/** True for a part with one value. */
export function isScalarPart(part: string): part is (typeof SCALAR_PARTS)[number] {
  return (SCALAR_PARTS as readonly string[]).includes(part);
}

/** True for any part name. */
export function isPart(part: unknown): part is Part {
  return (
    typeof part === 'string' &&
    (isScalarPart(part) || (LIST_PARTS as readonly string[]).includes(part))
  );
}

/** The items of a list part, as edits see them (sources carry their text). */
function itemsOf(state: DatasetState, part: ListPart): unknown[] {
  const list = (state.doc[part] as unknown[] | undefined) ?? [];
  if (part !== 'sources') return list;
  return list.map((source) => ({ source, text: state.texts[str((source as Item).file)] ?? '' }));
}

/** Every item of a list part by key; a repeated key gets "#2", "#3"... in list order. */
export function keyed(
  state: DatasetState,
  part: ListPart,
): Map<string, { index: number; value: unknown }> {
  const out = new Map<string, { index: number; value: unknown }>();
  itemsOf(state, part).forEach((value, index) => {
    const base = baseKey(part, value);
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base}#${n}`;
    out.set(key, { index, value });
  });
  return out;
}

function setList(state: DatasetState, part: ListPart, items: unknown[]): void {
  if (part !== 'sources') {
    state.doc[part] = items;
    return;
  }
  state.doc.sources = items.map((i) => (i as Item).source);
  for (const i of items)
    state.texts[str(((i as Item).source as Item).file)] = str((i as Item).text);
}

/** Source texts kept only for the files some source names. */
function pruneTexts(state: DatasetState): void {
  const named = new Set(((state.doc.sources as Item[] | undefined) ?? []).map((s) => str(s.file)));
  for (const file of Object.keys(state.texts)) if (!named.has(file)) delete state.texts[file];
}

/** Empty lists are left out (dataset JSON puts back the required ones), so every path to a state agrees. */
function tidy(state: DatasetState): void {
  for (const part of LIST_PARTS)
    if (Array.isArray(state.doc[part]) && (state.doc[part] as unknown[]).length === 0)
      delete state.doc[part];
  for (const part of SCALAR_PARTS) if (state.doc[part] === undefined) delete state.doc[part];
  pruneTexts(state);
}

/** A deep copy of a state. */
export function cloneState(state: DatasetState): DatasetState {
  return structuredClone(state);
}

/** Cursors over the list parts a change touches, written back to the state at the end. */
function cursors(state: DatasetState) {
  const open = new Map<ListPart, ListCursor>();
  return {
    of(part: ListPart): ListCursor {
      let cursor = open.get(part);
      if (!cursor) {
        cursor = new ListCursor((v) => baseKey(part, v), itemsOf(state, part));
        open.set(part, cursor);
      }
      return cursor;
    },
    flush(): void {
      for (const [part, cursor] of open) setList(state, part, cursor.list());
    },
  };
}

/**
 * Applies edits in order to a copy of `state`. Each edit is checked (a known part, a key that
 * matches its value, something there to change or remove); problems are reported by
 * `change[i]` path and the edits that change nothing are dropped.
 */
export function applyEdits(
  state: DatasetState,
  edits: readonly Edit[],
): { state: DatasetState; recorded: RecordedEdit[]; problems: DatasetProblem[] } {
  const next = cloneState(state);
  const lists = cursors(next);
  const recorded: RecordedEdit[] = [];
  const problems: DatasetProblem[] = [];
  edits.forEach((edit, i) => {
    const at = `change[${i}]`;
    if (!isPart(edit?.part)) {
      problems.push({ path: `${at}.part`, message: 'is not a part of a dataset' });
      return;
    }
    const after = edit.after === undefined ? null : edit.after;
    if (isScalarPart(edit.part)) {
      const before = next.doc[edit.part] ?? null;
      if (canonicalJson(before) === canonicalJson(after)) return;
      if (after === null) delete next.doc[edit.part];
      else next.doc[edit.part] = after;
      recorded.push({ part: edit.part, key: '', before, after });
      return;
    }
    const part = edit.part;
    const cursor = lists.of(part);
    const key = String(edit.key);
    const found = cursor.get(key);
    if (after !== null) {
      const base = baseKey(part, after);
      const fresh = found ? key : cursor.freeKey(after);
      if (base !== key.replace(/#\d+$/, '') || fresh !== key) {
        const message =
          base === key.replace(/#\d+$/, '')
            ? `a new item here gets the key "${fresh}"`
            : `does not match its value's key "${base}"`;
        problems.push({ path: `${at}.key`, message });
        return;
      }
    }
    if (!found && after === null) {
      problems.push({ path: `${at}.key`, message: `no ${part} item "${key}" to remove` });
      return;
    }
    if (found && canonicalJson(found.value) === canonicalJson(after)) return;
    if (found && after === null) cursor.remove(found.index);
    else if (found) cursor.replace(found.index, after);
    else cursor.append(after);
    recorded.push({ part, key, before: found?.value ?? null, after, index: found?.index });
  });
  lists.flush();
  tidy(next);
  return { state: next, recorded, problems };
}

/** Undoes a revision's recorded edits (last first), giving the state before it. */
export function revertEdits(state: DatasetState, recorded: readonly RecordedEdit[]): DatasetState {
  const next = cloneState(state);
  const lists = cursors(next);
  for (const edit of [...recorded].reverse()) {
    if (isScalarPart(edit.part)) {
      if (edit.before === null) delete next.doc[edit.part];
      else next.doc[edit.part] = edit.before;
      continue;
    }
    const cursor = lists.of(edit.part as ListPart);
    const found = cursor.get(edit.key);
    if (edit.after === null) cursor.insert(edit.index ?? Number.MAX_SAFE_INTEGER, edit.before);
    else if (found && edit.before === null) cursor.remove(found.index);
    else if (found) cursor.replace(found.index, edit.before);
  }
  lists.flush();
  tidy(next);
  return next;
}

/** The edits that turn state `a` into state `b`, with their before values (a diff, or an import). */
export function diffStates(a: DatasetState, b: DatasetState): RecordedEdit[] {
  const edits: RecordedEdit[] = [];
  for (const part of SCALAR_PARTS) {
    const before = a.doc[part] ?? null;
    const after = b.doc[part] ?? null;
    if (canonicalJson(before) !== canonicalJson(after))
      edits.push({ part, key: '', before, after });
  }
  for (const part of LIST_PARTS) {
    const was = keyed(a, part);
    const now = keyed(b, part);
    for (const [key, old] of was)
      if (!now.has(key))
        edits.push({ part, key, before: old.value, after: null, index: old.index });
    for (const [key, item] of now) {
      const old = was.get(key);
      if (!old || canonicalJson(old.value) !== canonicalJson(item.value))
        edits.push({ part, key, before: old?.value ?? null, after: item.value, index: old?.index });
    }
  }
  return edits;
}

/** A state with nothing in it (before a dataset's first revision). */
export function emptyState(): DatasetState {
  return { doc: {}, texts: {} };
}

/** The state of a dataset JSON and its source texts (the id is the workspace's, so it is left out). */
export function stateOf(
  json: Record<string, unknown>,
  texts: ReadonlyMap<string, string>,
): DatasetState {
  const doc: Record<string, unknown> = structuredClone(json);
  delete doc.id;
  const state = { doc, texts: Object.fromEntries(texts) };
  tidy(state);
  return state;
}

/** The dataset JSON of a state under an id, keys in the order dataset.json files use. */
export function datasetJson(id: string, state: DatasetState): Record<string, unknown> {
  const order = ['$schema', 'id', 'title', 'summary', 'asOf', ...LIST_PARTS];
  const required = new Set(['sources', 'parties', 'issues', 'rounds', 'positions', 'events']);
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const value = key === 'id' ? id : (state.doc[key] ?? (required.has(key) ? [] : undefined));
    if (value !== undefined) out[key] = value;
  }
  return out;
}
