import type { CSSProperties } from 'react';
import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlideMarker } from './SlideMarker';
import styles from './Slides.module.css';

/** An issue's 0-100 line with one marker per known party and the poles' words; plain HTML, so it prints. */
export function IssueStrip({ slide }: { slide: SlideOf<'issue'> }) {
  const track = { '--lanes': slide.lanes } as CSSProperties;
  return (
    <figure className={styles.strip} aria-label={slide.stripText}>
      <div className={styles.track} style={track}>
        <div className={styles.axis} aria-hidden="true" />
        {slide.markers.map((m) => (
          <div key={m.party.id} aria-hidden="true">
            {m.range ? (
              <span
                className={styles.range}
                style={{ left: m.range.left, width: m.range.width, background: m.party.colour }}
              />
            ) : null}
            <span className={styles.marker} style={{ left: m.left }}>
              <SlideMarker party={m.party} hollow={m.inferred} />
            </span>
            <span
              className={styles.markerLabel}
              data-align={m.align}
              style={{ left: m.left, '--lane': m.lane } as CSSProperties}
            >
              {m.party.shortName}
            </span>
          </div>
        ))}
      </div>
      <div className={styles.poles}>
        <span>
          <b>0</b> <DataText>{slide.scale.zero}</DataText>
        </span>
        <span>
          <DataText>{slide.scale.hundred}</DataText> <b>100</b>
        </span>
      </div>
      <figcaption className="sr-only">{slide.stripText}</figcaption>
    </figure>
  );
}
