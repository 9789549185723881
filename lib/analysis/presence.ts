import type { Round } from '@/lib/model';
import { codingGrid, type CodingSource } from './timeline';

export { presenceTable } from '@/lib/model';

/** True when the party is at the table in the round (see `presenceTable`); false for unknown ids. */
export function isAtTable(dataset: CodingSource, party: string, round: string): boolean {
  const grid = codingGrid(dataset);
  const p = grid.partyIndex.get(party);
  const r = grid.roundIndex.get(round);
  if (p === undefined || r === undefined) return false;
  return grid.present[p * grid.rounds.length + r] === 1;
}

/** The rounds (time order) in which the party is at the table; empty for an unknown id. */
export function roundsAtTable(dataset: CodingSource, party: string): Round[] {
  const grid = codingGrid(dataset);
  const p = grid.partyIndex.get(party);
  if (p === undefined) return [];
  return grid.rounds.filter((_, r) => grid.present[p * grid.rounds.length + r] === 1);
}

/** The last round (time order) in which the party is at the table, or undefined when it never is. */
export function lastRoundAtTable(dataset: CodingSource, party: string): Round | undefined {
  return roundsAtTable(dataset, party).at(-1);
}
