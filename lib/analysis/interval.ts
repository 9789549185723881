import type { CodedPosition } from '@/lib/model';

/** A closed stretch [min, max] of an issue's 0-100 scale. */
export interface Interval {
  min: number;
  max: number;
}

/** A zero-width interval at one value. */
export function pointInterval(value: number): Interval {
  return { min: value, max: value };
}

/** RULE: a party's interval is its acceptable range if given, else the point [value, value]. */
export function positionInterval(position: CodedPosition): Interval {
  const range = position.acceptable;
  return range ? { min: range.min, max: range.max } : pointInterval(position.value);
}

/** RULE: distance between two intervals = max(0, max(minA, minB) − min(maxA, maxB)); 0 when they overlap or touch. */
export function intervalDistance(a: Interval, b: Interval): number {
  return Math.max(0, Math.max(a.min, b.min) - Math.min(a.max, b.max));
}

/** The common part of two intervals (zero width when they only touch), or undefined when they are apart. */
export function intersection(a: Interval, b: Interval): Interval | undefined {
  const min = Math.max(a.min, b.min);
  const max = Math.min(a.max, b.max);
  return min <= max ? { min, max } : undefined;
}
