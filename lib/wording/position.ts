import type { Confidence, Range } from '@/lib/model';
import { points } from './numbers';

/** "62 of 100", or "62 of 100 (could accept 50–100)" with a range. */
export function valueText(value: number, range?: Range): string {
  const base = `${Math.round(value)} of 100`;
  return range ? `${base} (could accept ${Math.round(range.min)}–${Math.round(range.max)})` : base;
}

/** A move on the scale in words: "+20 points", "−5 points", "no change (re-stated)". */
export function deltaText(delta: number): string {
  const rounded = Math.round(delta);
  if (rounded === 0) return 'no change (re-stated)';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)} points`;
}

/** An interval in words: "50–60 of 100", or "55 of 100" when it is a single point. */
export function intervalText(interval: { min: number; max: number }): string {
  const min = Math.round(interval.min);
  const max = Math.round(interval.max);
  return min === max ? `${min} of 100` : `${min}–${max} of 100`;
}

/** How a change of value reads: "+20", "−15", "no change"; '' when there is nothing to compare. */
export function changeText(change: number | undefined): string {
  if (change === undefined) return '';
  if (Math.round(change) === 0) return 'no change';
  return change > 0 ? `+${points(change)}` : `−${points(-change)}`;
}

/** What makes a value less than firm, in words: "inferred, low confidence", "inferred", "low confidence"; undefined for a stated value held with medium or high confidence. */
export function basisCaveat(basis: {
  status: 'stated' | 'inferred';
  confidence: Confidence;
}): string | undefined {
  const parts = [
    basis.status === 'inferred' ? 'inferred' : undefined,
    basis.confidence === 'low' ? 'low confidence' : undefined,
  ].filter((part) => part !== undefined);
  return parts.length ? parts.join(', ') : undefined;
}

/** A value with its caveat, if any: "75 (inferred, low confidence)", or "75" for a firm one. */
export function caveatedPoints(
  value: number,
  basis: { status: 'stated' | 'inferred'; confidence: Confidence },
): string {
  const caveat = basisCaveat(basis);
  return caveat ? `${points(value)} (${caveat})` : points(value);
}
