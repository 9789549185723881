import type {
  Delegation,
  Evidence,
  Issue,
  Outcome,
  Party,
  Round,
  TimelineEvent,
} from '@/lib/model';
import { attributionCell, listCell, scaleCell } from './cells';
import type { Catalogue } from './entities';
import { shown, type ImportProblem, type Origin } from './problems';
import { readTable, type TableRow } from './table';

/** Columns of events.csv; further quotes of one event repeat its date and title. */
export const EVENT_COLUMNS = [
  'date',
  'title',
  'parties',
  'source',
  'quote',
  'attribution',
  'locator',
] as const;
/** Columns of outcomes.csv; further quotes of one outcome repeat its round, issue and parties. */
export const OUTCOME_COLUMNS = [
  'round',
  'issue',
  'parties',
  'summary',
  'value',
  'source',
  'quote',
  'attribution',
  'locator',
] as const;
/** Columns of delegations.csv: a row per member and/or quote, repeating party and round. */
export const DELEGATION_COLUMNS = [
  'party',
  'round',
  'member',
  'role',
  'source',
  'quote',
  'attribution',
  'locator',
] as const;

/** What the timeline files refer to: the parties, issues, rounds and sources already read. */
export interface RecordContext {
  parties: Catalogue<Party>;
  issues: Catalogue<Issue>;
  rounds: Catalogue<Round>;
  findSource: (ref: string) => string | undefined;
}

/** One item read from rows, with the row it starts on and the row of each quote. */
export interface ReadItem<T> {
  item: T;
  origin: Origin;
  evidence: Origin[];
}

/** Items read from one file, with every problem by row and column. */
export interface ReadItems<T> {
  items: ReadItem<T>[];
  problems: ImportProblem[];
  warnings: string[];
}

const EVIDENCE_COLUMNS = {
  source: 'source',
  quote: 'quote',
  attribution: 'attribution',
  locator: 'locator',
};

interface Reader {
  file: string;
  problems: ImportProblem[];
  problem(row: number, column: string, message: string): void;
  ref(r: TableRow, column: string, catalogue: Catalogue<{ id: string }>, what: string): string;
  refs(r: TableRow, column: string): string[];
  evidence(r: TableRow): Evidence | undefined;
}

function reader(file: string, ctx: RecordContext): Reader {
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: string, message: string) =>
    problems.push({ file, row, column, message });
  const ref = (r: TableRow, column: string, catalogue: Catalogue<{ id: string }>, what: string) => {
    const text = r.get(column);
    const at = catalogue.find(text);
    if (at !== undefined) return catalogue.items[at]?.id ?? text;
    problem(
      r.row,
      column,
      text ? `${shown(text)} is not ${what} of this dataset (by id or name)` : 'is empty',
    );
    return text;
  };
  return {
    file,
    problems,
    problem,
    ref,
    refs: (r, column) =>
      listCell(r.get(column)).map((text) => {
        const at = ctx.parties.find(text);
        if (at !== undefined) return ctx.parties.items[at]?.id ?? text;
        problem(r.row, column, `${shown(text)} is not a party of this dataset (by id or name)`);
        return text;
      }),
    evidence: (r) => {
      if (r.get('source') === '' && r.get('quote') === '') return undefined;
      const attribution = attributionCell(r.get('attribution'));
      if (!attribution.ok) problem(r.row, 'attribution', attribution.message);
      const evidence: Evidence = {
        source: ctx.findSource(r.get('source')) ?? r.get('source'),
        quote: r.get('quote'),
        attribution: (attribution.ok && attribution.value) || 'reported',
      };
      if (r.get('locator')) evidence.locator = r.get('locator');
      return evidence;
    },
  };
}

/**
 * Groups rows by key: the first row of a key makes the item, later rows add to it (a quote, a
 * member) and may repeat the first row's other cells but not change them.
 */
function grouped<T>(
  rows: TableRow[],
  read: Reader,
  key: (r: TableRow) => string,
  fixed: readonly string[],
  make: (r: TableRow) => T,
  extend: (item: T, r: TableRow, origins: Origin[]) => void,
): ReadItem<T>[] {
  const items: ReadItem<T>[] = [];
  const byKey = new Map<string, { at: ReadItem<T>; first: TableRow }>();
  for (const r of rows) {
    const k = key(r);
    let group = byKey.get(k);
    if (group) {
      for (const column of fixed)
        if (r.get(column) !== '' && r.get(column) !== group.first.get(column))
          read.problem(
            r.row,
            column,
            `${shown(r.get(column))} differs from row ${group.first.row}, which starts the same item; further rows may only add to it`,
          );
    } else {
      const at: ReadItem<T> = {
        item: make(r),
        origin: { file: read.file, row: r.row, columns: {} },
        evidence: [],
      };
      group = { at, first: r };
      byKey.set(k, group);
      items.push(at);
    }
    extend(group.at.item, r, group.at.evidence);
  }
  return items;
}

const addEvidence = (read: Reader, r: TableRow, list: Evidence[], origins: Origin[]) => {
  const evidence = read.evidence(r);
  if (!evidence) return;
  list.push(evidence);
  origins.push({ file: read.file, row: r.row, columns: EVIDENCE_COLUMNS });
};

/** Reads events.csv: one event per date and title; parties separated by ";". */
export function readEvents(
  text: string,
  file: string,
  ctx: RecordContext,
): ReadItems<TimelineEvent> {
  const table = readTable(text, {
    file,
    required: ['date', 'title'],
    optional: EVENT_COLUMNS.slice(2),
  });
  const read = reader(file, ctx);
  const items = grouped(
    table.rows,
    read,
    (r) => `${r.get('date')}\u0000${r.get('title')}`,
    ['parties'],
    (r): TimelineEvent => ({
      date: r.get('date'),
      title: r.get('title'),
      parties: read.refs(r, 'parties'),
      evidence: [],
    }),
    (event, r, origins) => addEvidence(read, r, event.evidence, origins),
  );
  for (const i of items)
    i.origin.columns = { date: 'date', title: 'title', parties: 'parties', evidence: 'quote' };
  return { items, problems: [...table.problems, ...read.problems], warnings: table.warnings };
}

/** Reads outcomes.csv: one outcome per round, issue and parties (at least two, by ";"). */
export function readOutcomes(text: string, file: string, ctx: RecordContext): ReadItems<Outcome> {
  const table = readTable(text, {
    file,
    required: ['round', 'issue', 'parties', 'summary'],
    optional: OUTCOME_COLUMNS.slice(4),
  });
  const read = reader(file, ctx);
  const items = grouped(
    table.rows,
    read,
    (r) => ['round', 'issue', 'parties'].map((c) => r.get(c)).join('\u0000'),
    ['summary', 'value'],
    (r): Outcome => {
      const outcome: Outcome = {
        issue: read.ref(r, 'issue', ctx.issues, 'an issue'),
        round: read.ref(r, 'round', ctx.rounds, 'a round'),
        parties: read.refs(r, 'parties'),
        summary: r.get('summary'),
        evidence: [],
      };
      const value = scaleCell(r.get('value'));
      if (!value.ok) read.problem(r.row, 'value', value.message);
      else if (value.value !== undefined) outcome.value = value.value;
      return outcome;
    },
    (outcome, r, origins) => addEvidence(read, r, outcome.evidence, origins),
  );
  for (const i of items)
    i.origin.columns = {
      issue: 'issue',
      round: 'round',
      parties: 'parties',
      summary: 'summary',
      value: 'value',
      evidence: 'quote',
    };
  return { items, problems: [...table.problems, ...read.problems], warnings: table.warnings };
}

/** Reads delegations.csv: one delegation per party and round (round may be empty). */
export function readDelegations(
  text: string,
  file: string,
  ctx: RecordContext,
): ReadItems<Delegation> {
  const table = readTable(text, {
    file,
    required: ['party'],
    optional: DELEGATION_COLUMNS.slice(1),
  });
  const read = reader(file, ctx);
  const items = grouped(
    table.rows,
    read,
    (r) => `${r.get('party')}\u0000${r.get('round')}`,
    [],
    (r): Delegation => {
      const delegation: Delegation = {
        party: read.ref(r, 'party', ctx.parties, 'a party'),
        members: [],
      };
      if (r.get('round')) delegation.round = read.ref(r, 'round', ctx.rounds, 'a round');
      return delegation;
    },
    (delegation, r, origins) => {
      if (r.get('member') !== '' || r.get('role') !== '')
        delegation.members.push({ name: r.get('member'), role: r.get('role') });
      const list = delegation.evidence ?? [];
      addEvidence(read, r, list, origins);
      if (list.length) delegation.evidence = list;
    },
  );
  for (const i of items)
    i.origin.columns = { party: 'party', round: 'round', members: 'member', evidence: 'quote' };
  return { items, problems: [...table.problems, ...read.problems], warnings: table.warnings };
}
