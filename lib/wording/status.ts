import type { CellStatus, CoverageCell, CoverageState, SilentStatus } from '@/lib/analysis';
import { capitalise } from './text';

/** Reader's words for each status of a cell, in lower case to sit inside a sentence; a missing position is never shown as a value. */
export const CELL_STATUS_WORDS: Record<CellStatus, string> = {
  stated: 'stated',
  inferred: 'inferred',
  withdrawn: 'withdrawn',
  none: 'no stated position',
  'not-coded': 'not coded',
  'not-at-table': 'not at the table',
};

/** A status as a label on its own: "Stated", "Inferred", "Withdrawn", "No stated position", "Not coded", "Not at the table". */
export function statusLabel(status: CellStatus): string {
  return capitalise(CELL_STATUS_WORDS[status]);
}

/** A status where a party's position is described: a cell nobody coded reads as "no stated position", like a checked silence. */
export function positionStatusText(status: CellStatus): string {
  return CELL_STATUS_WORDS[status === 'not-coded' ? 'none' : status];
}

/** Why a cell has no position: the source was checked and is silent, or nobody coded it. */
export const SILENCE_WORDS: Record<SilentStatus, string> = {
  withdrawn: 'the party withdrew its position on this',
  none: 'the source was checked and says nothing on this',
  'not-coded': 'not coded',
  'not-at-table': 'the party is not at the table in this round',
};

/** Reader's words for each state of a coverage cell, in lower case. */
export const COVERAGE_STATE_WORDS: Record<CoverageState, string> = {
  stated: 'stated',
  inferred: 'inferred',
  withdrawn: 'withdrawn',
  none: 'no stated position',
  carried: 'carried',
  'not-coded': 'not coded',
  'not-at-table': 'not at the table',
};

/** A coverage cell in words: "stated", "carried from Round 1", "not at the table". */
export function coverageCellText(cell: CoverageCell): string {
  if (cell.state === 'carried' && cell.carriedFrom) return `carried from ${cell.carriedFrom.label}`;
  return COVERAGE_STATE_WORDS[cell.state];
}
