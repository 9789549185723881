import type { ResolvedCell } from '@/lib/analysis';
import type { Range } from '@/lib/model';

/** What a cell holds: a stated or inferred value, a checked silence ('none'), or no coding at all. */
export type CellStatus = 'stated' | 'inferred' | 'none' | 'not-coded';

/** The status of a resolved cell. */
export function cellStatus(cell: ResolvedCell | undefined): CellStatus {
  return cell?.position?.status ?? 'not-coded';
}

/** Reader's words for a status; a missing position is never shown as a value. */
export const STATUS_WORDS: Record<CellStatus, string> = {
  stated: 'stated',
  inferred: 'inferred',
  none: 'no stated position',
  'not-coded': 'no stated position',
};

/** Why a cell has no position: the source was checked and is silent, or nobody coded it. */
export const SILENCE_WORDS: Record<'none' | 'not-coded', string> = {
  none: 'the source was checked and says nothing on this',
  'not-coded': 'not coded',
};

/** Where a value and its acceptable range sit on a 0-100 bar, as CSS percentages. */
export interface ScaleGeometry {
  marker: string;
  range?: { left: string; width: string };
}

const pct = (n: number) => `${Math.min(100, Math.max(0, n))}%`;

/** The CSS positions of a value marker and an optional range on a 0-100 bar. */
export function scaleGeometry(value: number | undefined, range?: Range): ScaleGeometry | undefined {
  if (value === undefined && !range) return undefined;
  const geometry: ScaleGeometry = { marker: value === undefined ? '' : pct(value) };
  if (range) geometry.range = { left: pct(range.min), width: pct(range.max - range.min) };
  return geometry;
}

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
