import type { GapMeasure } from '@/lib/analysis';
import { points } from './numbers';

/** "positions 65 apart": how far apart two positions are (the engine's `distance`). */
export function distanceText(distance: number): string {
  return `positions ${points(distance)} apart`;
}

/** "acceptable ranges 60 apart", or "acceptable ranges overlap" when they overlap or touch (the engine's `rangeGap`). */
export function rangeGapText(rangeGap: number): string {
  return rangeGap === 0
    ? 'acceptable ranges overlap'
    : `acceptable ranges ${points(rangeGap)} apart`;
}

/**
 * RULE: every headline, ranking, caption and slide leads with the distance, and gives the range
 * gap beside it only where a side gave an acceptable range: "positions 65 apart; acceptable
 * ranges 60 apart", or "positions 65 apart" with no ranges.
 */
export function gapText(gap: GapMeasure): string {
  return gap.ranged
    ? `${distanceText(gap.distance)}; ${rangeGapText(gap.rangeGap)}`
    : distanceText(gap.distance);
}

/** The short form for tight chart labels: "65 apart", "65 apart (ranges 60)", "65 apart (ranges overlap)". */
export function gapLabel(gap: GapMeasure): string {
  const distance = `${points(gap.distance)} apart`;
  if (!gap.ranged) return distance;
  return gap.rangeGap === 0
    ? `${distance} (ranges overlap)`
    : `${distance} (ranges ${points(gap.rangeGap)})`;
}

/** The rule behind every gap, as the method slide states it. */
export const GAP_RULE =
  'Gap: how far apart two positions are on the 0–100 scale (“positions 65 apart”); where a party gave an acceptable range, how far apart the ranges are stands beside it (“acceptable ranges 60 apart”).';
