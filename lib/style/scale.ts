import type { Range } from '@/lib/model';

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
