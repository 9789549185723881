import { DataText } from '@/components/DataText';
import type { Range, Scale } from '@/lib/model';
import { scaleGeometry } from '@/lib/style/scale';
import { isolate } from '@/lib/wording/text';
import styles from './ScaleMarker.module.css';

/** A value (and an optional range) drawn on the issue's 0-100 scale, with the poles' words. */
export function ScaleMarker({
  scale,
  value,
  range,
  colour,
  label,
  showPoles = false,
  hollow = false,
}: {
  scale: Scale;
  value?: number;
  range?: Range;
  colour?: string;
  /** What screen readers hear, e.g. "62 of 100". */
  label: string;
  showPoles?: boolean;
  /** Draw the marker as an outline (an inferred position) rather than filled (a stated one). */
  hollow?: boolean;
}) {
  const geometry = scaleGeometry(value, range);
  if (!geometry) return null;
  const poles = `0 = ${isolate(scale.zero)}; 100 = ${isolate(scale.hundred)}`;
  return (
    <div className={styles.wrap}>
      <div className={styles.bar} title={poles} role="img" aria-label={`${label}. ${poles}`}>
        {geometry.range ? (
          <span
            className={styles.range}
            style={{ left: geometry.range.left, width: geometry.range.width }}
          />
        ) : null}
        {geometry.marker ? (
          <span
            className={styles.marker}
            style={
              hollow
                ? {
                    left: geometry.marker,
                    background: 'var(--bg)',
                    borderColor: colour ?? 'var(--fg)',
                  }
                : { left: geometry.marker, background: colour ?? 'var(--fg)' }
            }
          />
        ) : null}
      </div>
      {showPoles ? (
        <div className={`${styles.poles} small muted`} aria-hidden="true">
          <span>
            0: <DataText>{scale.zero}</DataText>
          </span>
          <span>
            100: <DataText>{scale.hundred}</DataText>
          </span>
        </div>
      ) : null}
    </div>
  );
}
