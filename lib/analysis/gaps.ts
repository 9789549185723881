import { type Interval, intersection, intervalDistance } from './interval';
import type { Snapshot } from './snapshot';

/** One side of a pairwise comparison: a value and the interval the party could live with. */
export interface GapSide {
  value: number;
  interval: Interval;
  ranged: boolean;
}

/** How far apart two known positions are, in both of the engine's measures. */
export interface GapMeasure {
  /** |a − b|: how far apart the two positions are. Every headline leads with it. */
  distance: number;
  /** The distance between the acceptable ranges (a side with no range counts as its value); 0 when they overlap or touch. */
  rangeGap: number;
  /** True when at least one side gave an acceptable range, so `rangeGap` says something `distance` does not. */
  ranged: boolean;
}

/** How far apart two parties are on one issue. */
export interface PairGap extends GapMeasure {
  issue: string;
  a: string;
  b: string;
  overlap?: Interval;
}

/** RULE: distance = |a − b|, whatever ranges the two sides gave. */
export function distanceBetween(a: Pick<GapSide, 'value'>, b: Pick<GapSide, 'value'>): number {
  return Math.abs(a.value - b.value);
}

/** RULE: range gap = the distance between the two intervals (a side with no range is the zero-width interval at its value); with no ranges it equals the distance. */
export function rangeGapBetween(a: GapSide, b: GapSide): number {
  if (!a.ranged && !b.ranged) return distanceBetween(a, b);
  return intervalDistance(a.interval, b.interval);
}

/**
 * How far apart two positions are.
 * RULE: distance = |a − b|. rangeGap = max(0, max(minA, minB) − min(maxA, maxB)) over the two
 * intervals; with no ranges that is |a − b| and there is no overlap. When at least one side is
 * ranged and the intervals overlap or touch, `overlap` is their intersection (a zone of possible
 * agreement) and rangeGap = 0, while the distance between the positions stays what it is.
 */
export function pairwiseGap(a: GapSide, b: GapSide): GapMeasure & { overlap?: Interval } {
  const distance = distanceBetween(a, b);
  const rangeGap = rangeGapBetween(a, b);
  const ranged = a.ranged || b.ranged;
  if (!ranged) return { distance, rangeGap, ranged };
  const overlap = intersection(a.interval, b.interval);
  return overlap ? { distance, rangeGap, ranged, overlap } : { distance, rangeGap, ranged };
}

/** Both measures for every pair of known positions on an issue, in party order (a before b). */
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
