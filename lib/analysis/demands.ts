import type { CodedPosition } from '@/lib/model';
import type { Snapshot } from './snapshot';

/** An issue one party has stated a position on that nobody else has answered. */
export interface OpenDemand {
  issue: string;
  party: string;
  position: CodedPosition;
}

/**
 * Issues where exactly one party has a position, it is stated, and nobody else has answered.
 * RULE: the demander's position in force must be 'stated'; every other party in the snapshot must
 * have none or no coding (an inferred position of another party counts as an answer). With fewer
 * than two parties at the table nothing can be unanswered, so the answer is empty. Issue order.
 */
export function openDemands(snapshot: Snapshot): OpenDemand[] {
  if (snapshot.atTable.length < 2) return [];
  const demands: OpenDemand[] = [];
  for (const issue of snapshot.issues) {
    const [only, ...others] = snapshot.known.get(issue) ?? [];
    if (!only || others.length > 0 || only.position.status !== 'stated') continue;
    demands.push({ issue, party: only.party, position: only.position });
  }
  return demands;
}
