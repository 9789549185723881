import type { PositionStatus } from '@/lib/model';
import type { ResolvedCell, Snapshot } from './snapshot';

/** What a cell holds: a stated or inferred value, a checked silence ('none'), or no coding at all. */
export type CellStatus = PositionStatus | 'not-coded';

/** The statuses of a cell with no value: a checked silence, or no coding at all. */
export type SilentStatus = Exclude<CellStatus, 'stated' | 'inferred'>;

/** The status of a resolved cell. */
export function cellStatus(cell: ResolvedCell | undefined): CellStatus {
  return cell?.position?.status ?? 'not-coded';
}

/** How many party × issue cells of a snapshot have each status. */
export function statusCounts(snapshot: Snapshot): Record<CellStatus, number> {
  const counts: Record<CellStatus, number> = { stated: 0, inferred: 0, none: 0, 'not-coded': 0 };
  for (const issue of snapshot.issues)
    for (const party of snapshot.parties)
      counts[cellStatus(snapshot.cells.get(issue)?.get(party))]++;
  return counts;
}
