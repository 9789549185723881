import type { PositionStatus } from '@/lib/model';
import type { ResolvedCell, Snapshot } from './snapshot';

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
