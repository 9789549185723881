import type { DatasetProblem } from '@/lib/model';
import type { ClauseOrigin } from './clauses';

/** A problem found while importing CSV: the file, spreadsheet row and column it is in. */
export interface ImportProblem {
  file: string;
  /** Spreadsheet row number; the header is row 1. */
  row?: number;
  column?: string;
  message: string;
}

/** Where a thing in the built dataset came from, so dataset problems can name a row and column. */
export interface Origin {
  file: string;
  row?: number;
  /** The column every field maps to, for items created from a single cell (a party from a name). */
  column?: string;
  /** Field name → column name, for items read from their own row (parties.csv, positions.csv). */
  columns?: Readonly<Record<string, string>>;
}

/** "positions.csv, row 14, column value: 'high' is not a number from 0 to 100". */
export function formatImportProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : '',
    p.column ? `column ${p.column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

/** A value quoted for a message: 'high'. */
export function shown(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `'${short}'`;
}

/** The origin's column for a field path inside one item ("acceptable.min", "scale.zero"). */
function columnFor(origin: Origin, field: string): string | undefined {
  if (origin.column) return origin.column;
  if (!origin.columns) return undefined;
  return origin.columns[field] ?? origin.columns[field.split('.')[0] ?? ''];
}

/** The parts of a dataset that may carry origins, by JSON path prefix. */
export interface OriginIndex {
  top: Readonly<Record<string, Origin>>;
  parties: readonly Origin[];
  issues: readonly Origin[];
  rounds: readonly Origin[];
  sources: readonly Origin[];
  positions: readonly Origin[];
  /** positions[i].evidence[j] → the row that gave that quote. */
  evidence: readonly (readonly Origin[])[];
  events?: readonly Origin[];
  outcomes?: readonly Origin[];
  delegations?: readonly Origin[];
  /** events[i].evidence[j] (and the same for outcomes and delegations) → the row of that quote. */
  recordEvidence?: Partial<
    Record<'events' | 'outcomes' | 'delegations', readonly (readonly Origin[])[]>
  >;
  /** parties[i].clauses[j] (and its issues[k]) → the rows of clauses.csv that gave them. */
  clauses?: readonly (readonly ClauseOrigin[] | undefined)[];
}

const ITEM =
  /^(parties|issues|rounds|sources|positions|events|outcomes|delegations)\[(\d+)\](?:\.(.*))?$/;
const EVIDENCE = /^(positions|events|outcomes|delegations)\[(\d+)\]\.evidence\[(\d+)\](?:\.(.*))?$/;
const CLAUSE = /^parties\[(\d+)\]\.clauses(?:\[(\d+)\](?:\.issues\[(\d+)\])?(?:\.(.*))?)?$/;

/** Turns a dataset problem (a JSON path) into an import problem naming the file, row and column. */
export function locateProblem(problem: DatasetProblem, origins: OriginIndex): ImportProblem {
  const message =
    problem.value !== undefined ? `${problem.message} (found ${problem.value})` : problem.message;
  const at = (origin: Origin | undefined, field: string): ImportProblem | undefined => {
    if (!origin) return undefined;
    const column = columnFor(origin, field);
    // An item kept from the dataset being updated has no row: its JSON path says where it is.
    const kept = origin.file === 'dataset.json' && origin.row === undefined;
    const out: ImportProblem = {
      file: origin.file,
      message: kept ? `${problem.path}: ${message}` : message,
    };
    if (origin.row !== undefined) out.row = origin.row;
    if (column) out.column = column;
    return out;
  };
  const evidence = EVIDENCE.exec(problem.path);
  if (evidence) {
    const kind = evidence[1] as 'positions' | 'events' | 'outcomes' | 'delegations';
    const lists = kind === 'positions' ? origins.evidence : origins.recordEvidence?.[kind];
    const origin = lists?.[Number(evidence[2])]?.[Number(evidence[3])];
    const found = at(origin, evidence[4] ?? 'quote');
    if (found) return found;
  }
  const clause = CLAUSE.exec(problem.path);
  if (clause) {
    // The list as a whole (clauses on a party that is not a proposal) points at its first row.
    const one = origins.clauses?.[Number(clause[1])]?.[Number(clause[2] ?? 0)];
    const found =
      clause[2] === undefined
        ? at(one?.origin, 'party')
        : clause[3] !== undefined
          ? at(one?.issues[Number(clause[3])], clause[4] ?? 'issue')
          : at(one?.origin, clause[4] ?? '');
    if (found) return found;
  }
  const item = ITEM.exec(problem.path);
  if (item) {
    const list = origins[item[1] as 'parties'] ?? [];
    const found = at(list[Number(item[2])], (item[3] ?? '').replace(/\[\d+\].*$/, ''));
    if (found) return found;
  }
  const top = origins.top[problem.path.split(/[.[]/)[0] ?? ''];
  const found = at(top, problem.path);
  if (found) return found;
  return { file: 'dataset', message: `${problem.path || '(whole dataset)'}: ${message}` };
}
