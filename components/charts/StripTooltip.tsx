import type { StripMarker } from '@/lib/charts/strip';
import styles from './ChartFigure.module.css';

/** A marker's details on hover: label, value and range, status and confidence, the quote. */
export function StripTooltip({ marker }: { marker: StripMarker | undefined }) {
  if (!marker) return null;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>{marker.name}</strong>: {marker.value}
        {marker.range ? ` (could accept ${marker.range.min}–${marker.range.max})` : ''}
      </p>
      <p>{marker.label}</p>
      <p className="muted">
        {marker.status}, {marker.confidence} confidence
        {marker.carriedFrom ? `; carried from ${marker.carriedFrom}` : ''}
      </p>
      {marker.quote ? <blockquote>“{marker.quote}”</blockquote> : null}
    </div>
  );
}
