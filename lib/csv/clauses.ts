import type { Clause, Dataset, Issue, Party } from '@/lib/model';
import { scaleCell } from './cells';
import type { Catalogue } from './entities';
import { shown, type ImportProblem, type Origin } from './problems';
import { readTable } from './table';
import { toCsv } from './write';

/**
 * Columns of clauses.csv: one row per clause × issue it bears on (a clause bearing on none has
 * one row with `issue` and `value` empty). Further rows of a clause repeat its party and number;
 * their title, text and source may be left empty (the export leaves them empty).
 */
export const CLAUSE_COLUMNS = [
  'party',
  'number',
  'title',
  'text',
  'source',
  'issue',
  'value',
] as const;

/** Where a clause came from: its first row, and the row of each issue it names. */
export interface ClauseOrigin {
  origin: Origin;
  issues: Origin[];
}

/** The clauses read for one party, in file order, with their origins. */
export interface PartyClauses {
  clauses: Clause[];
  origins: ClauseOrigin[];
}

/** What clauses.csv refers to: the parties and issues already read, and the sources. */
export interface ClauseContext {
  parties: Catalogue<Party>;
  issues: Catalogue<Issue>;
  findSource: (ref: string) => string | undefined;
}

const CLAUSE_FIELDS = {
  party: 'party',
  number: 'number',
  title: 'title',
  text: 'text',
  source: 'source',
};
const ISSUE_FIELDS = { issue: 'issue', value: 'value' };

/**
 * Reads clauses.csv into clauses by party id. A party and an issue may be named by id or name;
 * a source by id. Every problem names its row and column.
 */
export function readClauses(
  text: string,
  file: string,
  ctx: ClauseContext,
): { byParty: Map<string, PartyClauses>; problems: ImportProblem[]; warnings: string[] } {
  const table = readTable(text, {
    file,
    required: ['party', 'number', 'text', 'source'],
    optional: ['title', 'issue', 'value'],
    aliases: { clause: 'number', point: 'number', article: 'number', proposal: 'party' },
  });
  const problems = [...table.problems];
  const problem = (row: number, column: string, message: string) =>
    problems.push({ file, row, column, message });
  const byParty = new Map<string, PartyClauses>();
  const starts = new Map<string, { row: number; clause: Clause; origin: ClauseOrigin }>();
  for (const r of table.rows) {
    const partyAt = ctx.parties.find(r.get('party'));
    const party = partyAt === undefined ? undefined : ctx.parties.items[partyAt];
    if (!party) {
      problem(
        r.row,
        'party',
        r.get('party')
          ? `${shown(r.get('party'))} is not a party of this dataset (by id or name)`
          : 'is empty',
      );
      continue;
    }
    const number = r.get('number');
    if (number === '') {
      problem(r.row, 'number', 'is empty; write the number the document gives the clause');
      continue;
    }
    const key = `${party.id}\u0000${number}`;
    let start = starts.get(key);
    if (start) {
      for (const column of ['title', 'text', 'source'] as const) {
        const cell = r.get(column);
        const first = column === 'source' ? start.clause.source : (start.clause[column] ?? '');
        const same =
          column === 'source' ? (ctx.findSource(cell) ?? cell) === first : cell === first;
        if (cell !== '' && !same)
          problem(
            r.row,
            column,
            `${shown(cell)} differs from row ${start.row}, which starts clause ${number}; further rows may only add an issue`,
          );
      }
    } else {
      const clause: Clause = {
        number,
        text: r.get('text'),
        source: ctx.findSource(r.get('source')) ?? r.get('source'),
      };
      if (r.get('title')) clause.title = r.get('title');
      const origin: ClauseOrigin = {
        origin: { file, row: r.row, columns: CLAUSE_FIELDS },
        issues: [],
      };
      start = { row: r.row, clause, origin };
      starts.set(key, start);
      const list = byParty.get(party.id) ?? { clauses: [], origins: [] };
      list.clauses.push(clause);
      list.origins.push(origin);
      byParty.set(party.id, list);
    }
    readIssue(r.row, r.get('issue'), r.get('value'), start.clause, start.origin);
  }

  function readIssue(row: number, ref: string, cell: string, clause: Clause, at: ClauseOrigin) {
    const value = scaleCell(cell);
    if (!value.ok) return problem(row, 'value', value.message);
    if (ref === '') {
      if (value.value !== undefined)
        problem(row, 'value', 'is given, so the row needs the issue it is a value on');
      return;
    }
    if (value.value === undefined)
      return problem(row, 'value', 'is empty; give the value this clause implies on the issue');
    const issueAt = ctx.issues.find(ref);
    if (issueAt === undefined)
      return problem(row, 'issue', `${shown(ref)} is not an issue of this dataset (by id or name)`);
    const issue = ctx.issues.items[issueAt]?.id ?? ref;
    (clause.issues ??= []).push({ issue, value: value.value });
    at.issues.push({ file, row, columns: ISSUE_FIELDS });
  }

  return { byParty, problems, warnings: table.warnings };
}

/** Every proposal's clauses as clauses.csv: one row per clause × issue, in dataset order. */
export function clausesToCsv(dataset: Pick<Dataset, 'parties'>): string {
  const rows: (string | number | undefined)[][] = [];
  for (const party of dataset.parties)
    for (const clause of party.clauses ?? []) {
      const head = [party.id, clause.number, clause.title, clause.text, clause.source];
      const links = clause.issues ?? [];
      if (links.length === 0) rows.push([...head, undefined, undefined]);
      links.forEach((link, k) =>
        rows.push(
          k === 0
            ? [...head, link.issue, link.value]
            : [party.id, clause.number, undefined, undefined, undefined, link.issue, link.value],
        ),
      );
    }
  return toCsv(CLAUSE_COLUMNS, rows);
}

/**
 * Puts the clauses read on their parties (copies, so a base dataset is never changed). A party
 * clauses.csv does not name keeps the clauses it had in the dataset being updated, also when
 * parties.csv gave it again. Returns each party's clause origins, by party index.
 */
export function attachClauses(
  parties: Catalogue<Party>,
  read: ReadonlyMap<string, PartyClauses> | undefined,
  base: readonly Party[] | undefined,
): (ClauseOrigin[] | undefined)[] {
  return parties.items.map((party, i) => {
    const incoming = read?.get(party.id);
    if (incoming) {
      parties.items[i] = { ...party, clauses: incoming.clauses };
      return incoming.origins;
    }
    const kept = party.clauses ?? base?.find((p) => p.id === party.id)?.clauses;
    if (kept && !party.clauses) parties.items[i] = { ...party, clauses: kept };
    return undefined;
  });
}
