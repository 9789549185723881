import type { Dataset, Round } from '@/lib/model';
import { lastRoundAtTable } from './presence';
import { type KnownPosition, type ResolvedCell, type Snapshot, takeSnapshot } from './snapshot';

/** Two parties' positions side by side, and, for a proposal and its successor, the round each is shown at. */
export interface PairSnapshot {
  snapshot: Snapshot;
  /** Set only for a proposal and the one that supersedes it: the last round each is in force. */
  successionRounds?: { a: Round; b: Round };
}

/** True when one of the two proposals supersedes the other. */
export function isSuccession(dataset: Pick<Dataset, 'parties'>, a: string, b: string): boolean {
  const of = (id: string) => dataset.parties.find((party) => party.id === id);
  return of(a)?.supersedes === b || of(b)?.supersedes === a;
}

/**
 * The snapshot to compare two parties on.
 * RULE: two parties are compared at the round viewed, both as they stand there. A proposal and
 * the proposal that supersedes it are never at the table together, so each is shown at the last
 * round where it is in force (labelled with that round), and gaps, zones and agreement between
 * them are computed from those positions; the viewed round does not apply to them.
 */
export function pairSnapshot(dataset: Dataset, a: string, b: string, round?: string): PairSnapshot {
  const lastA = isSuccession(dataset, a, b) ? lastRoundAtTable(dataset, a) : undefined;
  const lastB = lastA ? lastRoundAtTable(dataset, b) : undefined;
  if (!lastA || !lastB) return { snapshot: takeSnapshot(dataset, { round, parties: [a, b] }) };
  const left = takeSnapshot(dataset, { round: lastA.id, parties: [a] });
  const right = takeSnapshot(dataset, { round: lastB.id, parties: [b] });
  const later = lastA.date > lastB.date ? left : right;
  const cells = new Map<string, Map<string, ResolvedCell>>();
  const known = new Map<string, KnownPosition[]>();
  for (const issue of later.issues) {
    const cellA = left.cells.get(issue)?.get(a);
    const cellB = right.cells.get(issue)?.get(b);
    const row = new Map<string, ResolvedCell>();
    if (cellA) row.set(a, cellA);
    if (cellB) row.set(b, cellB);
    cells.set(issue, row);
    known.set(issue, [...(left.known.get(issue) ?? []), ...(right.known.get(issue) ?? [])]);
  }
  const snapshot: Snapshot = {
    round: later.round,
    rounds: later.rounds,
    parties: [a, b],
    atTable: [a, b],
    issues: later.issues,
    cells,
    known,
  };
  return { snapshot, successionRounds: { a: lastA, b: lastB } };
}
