import type { Confidence, Dataset, PositionStatus, Round } from '@/lib/model';
import { type ResolvedCell, type Snapshot, takeSnapshot } from './snapshot';
import { orderedRounds } from './timeline';

/**
 * What a cell holds: a stated or inferred value, a withdrawal, a checked silence ('none'), no
 * coding at all, or nothing because the party is not at the table in that round.
 */
export type CellStatus = PositionStatus | 'not-coded' | 'not-at-table';

/** The statuses of a cell with no value: a checked silence, or no coding at all. */
export type SilentStatus = Exclude<CellStatus, 'stated' | 'inferred'>;

/** The status of a resolved cell. */
export function cellStatus(cell: ResolvedCell | undefined): CellStatus {
  if (cell && !cell.atTable) return 'not-at-table';
  return cell?.position?.status ?? 'not-coded';
}

/** How many party × issue cells of a snapshot have each status (absent parties count only as 'not-at-table'). */
export function statusCounts(snapshot: Snapshot): Record<CellStatus, number> {
  const counts: Record<CellStatus, number> = {
    stated: 0,
    inferred: 0,
    withdrawn: 0,
    none: 0,
    'not-coded': 0,
    'not-at-table': 0,
  };
  for (const issue of snapshot.issues)
    for (const party of snapshot.parties)
      counts[cellStatus(snapshot.cells.get(issue)?.get(party))]++;
  return counts;
}

/** What one party-round-issue cell of the coverage table holds; `carried` names the round it comes from. */
export type CoverageState =
  Exclude<CellStatus, 'not-coded' | 'not-at-table'> | 'carried' | 'not-coded' | 'not-at-table';

/** The confidence of a cell's position in force, 'unstated' for a silence coded without one. */
export type CoverageConfidence = Confidence | 'unstated';

/** One cell of the coverage table. */
export interface CoverageCell {
  issue: string;
  state: CoverageState;
  /** For 'carried': the round the position in force was coded in, and its status there. */
  carriedFrom?: Round;
  carriedStatus?: PositionStatus;
  /** The confidence of the position in force (coded here or carried), when there is one. */
  confidence?: CoverageConfidence;
}

/** One row of the coverage table: a party in a round, with a cell per issue (issue order). */
export interface CoverageRow {
  party: string;
  round: Round;
  cells: CoverageCell[];
}

/** Counts of cells by state and by confidence. */
export interface CoverageTotals {
  byState: Record<CoverageState, number>;
  byConfidence: Record<CoverageConfidence, number>;
}

/** Rows party × round (rounds in time order, parties in dataset order within each), and totals per round and overall. */
export interface Coverage {
  rounds: Round[];
  issues: string[];
  rows: CoverageRow[];
  /** Round id → totals over that round's rows. */
  perRound: Map<string, CoverageTotals>;
  overall: CoverageTotals;
}

const STATES: readonly CoverageState[] = [
  'stated',
  'inferred',
  'withdrawn',
  'none',
  'carried',
  'not-coded',
  'not-at-table',
];
const CONFIDENCES: readonly CoverageConfidence[] = ['high', 'medium', 'low', 'unstated'];

function emptyTotals(): CoverageTotals {
  return {
    byState: Object.fromEntries(STATES.map((s) => [s, 0])) as Record<CoverageState, number>,
    byConfidence: Object.fromEntries(CONFIDENCES.map((c) => [c, 0])) as Record<
      CoverageConfidence,
      number
    >,
  };
}

function add(totals: CoverageTotals, cell: CoverageCell) {
  totals.byState[cell.state]++;
  if (cell.confidence) totals.byConfidence[cell.confidence]++;
}

/**
 * Which party-round has coded which issue, and how.
 * RULE: a cell is the round's own coding (stated, inferred, withdrawn, none), or a position
 * carried from an earlier round (see takeSnapshot), or not coded, or not at the table (see
 * presenceTable). Confidence is counted for every cell with a position in force.
 */
export function coverageOf(dataset: Dataset): Coverage {
  const rounds = orderedRounds(dataset);
  const issues = dataset.issues.map((issue) => issue.id);
  const rows: CoverageRow[] = [];
  const perRound = new Map<string, CoverageTotals>();
  const overall = emptyTotals();
  for (const round of rounds) {
    const snapshot = takeSnapshot(dataset, { round: round.id });
    const totals = emptyTotals();
    perRound.set(round.id, totals);
    for (const party of snapshot.parties) {
      const cells = issues.map((issue) =>
        coverageCell(snapshot.cells.get(issue)?.get(party), issue),
      );
      for (const cell of cells) {
        add(totals, cell);
        add(overall, cell);
      }
      rows.push({ party, round, cells });
    }
  }
  return { rounds, issues, rows, perRound, overall };
}

function coverageCell(cell: ResolvedCell | undefined, issue: string): CoverageCell {
  const status = cellStatus(cell);
  if (status === 'not-coded' || status === 'not-at-table' || !cell?.position)
    return { issue, state: status === 'not-at-table' ? status : 'not-coded' };
  const confidence = cell.position.confidence ?? 'unstated';
  if (cell.carried && cell.fromRound)
    return {
      issue,
      state: 'carried',
      carriedFrom: cell.fromRound,
      carriedStatus: cell.position.status,
      confidence,
    };
  return { issue, state: cell.position.status, confidence };
}
