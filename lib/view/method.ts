import type { Snapshot } from '@/lib/analysis';
import { type CellStatus, cellStatus } from './position';

/** How many party × issue cells of a snapshot have each status. */
export function statusCounts(snapshot: Snapshot): Record<CellStatus, number> {
  const counts: Record<CellStatus, number> = { stated: 0, inferred: 0, none: 0, 'not-coded': 0 };
  for (const issue of snapshot.issues)
    for (const party of snapshot.parties)
      counts[cellStatus(snapshot.cells.get(issue)?.get(party))]++;
  return counts;
}
