import { type Interval, intersection, intervalDistance } from './interval';
import type { Snapshot } from './snapshot';

/** One side of a pairwise comparison: a value and the interval the party could live with. */
export interface GapSide {
  value: number;
  interval: Interval;
  ranged: boolean;
}

/** How far apart two parties are on one issue. */
export interface PairGap {
  issue: string;
  a: string;
  b: string;
  gap: number;
  valueDistance: number;
  overlap?: Interval;
}

/** RULE: with no ranges, gap = |a − b|; with at least one range, gap = the distance between the intervals (a point is a zero-width interval). */
export function gapBetween(a: GapSide, b: GapSide): number {
  if (!a.ranged && !b.ranged) return Math.abs(a.value - b.value);
  return intervalDistance(a.interval, b.interval);
}

/**
 * The gap between two positions.
 * RULE: valueDistance = |a − b|. gap = max(0, max(minA, minB) − min(maxA, maxB)) over the two
 * intervals; with no ranges that is |a − b| and there is no overlap. When at least one side is
 * ranged and the intervals overlap or touch, `overlap` is their intersection (a zone of possible
 * agreement) and gap = 0.
 */
export function pairwiseGap(
  a: GapSide,
  b: GapSide,
): { gap: number; valueDistance: number; overlap?: Interval } {
  const valueDistance = Math.abs(a.value - b.value);
  const gap = gapBetween(a, b);
  if (!a.ranged && !b.ranged) return { gap, valueDistance };
  const overlap = intersection(a.interval, b.interval);
  return overlap ? { gap, valueDistance, overlap } : { gap, valueDistance };
}

/** The gap for every pair of known positions on an issue, in party order (a before b). */
export function issueGaps(snapshot: Snapshot, issue: string): PairGap[] {
  const known = snapshot.known.get(issue) ?? [];
  const gaps: PairGap[] = [];
  for (let i = 0; i < known.length; i++) {
    const a = known[i]!;
    for (let j = i + 1; j < known.length; j++) {
      const b = known[j]!;
      gaps.push({ issue, a: a.party, b: b.party, ...pairwiseGap(a, b) });
    }
  }
  return gaps;
}
