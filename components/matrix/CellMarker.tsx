import type { CSSProperties } from 'react';
import type { Range } from '@/lib/model';
import { scaleGeometry } from '@/lib/style/scale';
import styles from './CellMarker.module.css';

/**
 * A matrix cell's value (and optional range) on the 0-100 scale, as ONE element: the bar,
 * with range and marker drawn by CSS. The pole words live once in the row header (`describedBy`).
 */
export function CellMarker({
  value,
  range,
  colour,
  label,
  describedBy,
  hollow = false,
}: {
  value: number;
  range?: Range;
  colour: string;
  /** What screen readers hear, e.g. "62 of 100". */
  label: string;
  /** Id of the element holding the scale's pole words. */
  describedBy: string;
  /** An outline marker (an inferred position) rather than a filled one (a stated one). */
  hollow?: boolean;
}) {
  const geometry = scaleGeometry(value, range);
  if (!geometry) return null;
  const vars: Record<string, string> = { '--v': geometry.marker, '--c': colour };
  if (geometry.range) {
    vars['--l'] = geometry.range.left;
    vars['--w'] = geometry.range.width;
  }
  const className = [styles.b, geometry.range ? styles.r : '', hollow ? styles.h : '']
    .filter(Boolean)
    .join(' ');
  return (
    <span
      className={className}
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      style={vars as CSSProperties}
    />
  );
}
