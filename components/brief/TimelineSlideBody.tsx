import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import styles from './Slides.module.css';

/** Events in date order, with the parties involved. */
export function TimelineSlideBody({ slide }: { slide: SlideOf<'timeline'> }) {
  if (slide.rows.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  return (
    <ol className={styles.timeline}>
      {slide.rows.map((row, index) => (
        <li key={index}>
          <span className={styles.date}>{row.date}</span>
          <span>
            <DataText>{row.title}</DataText>
            {row.parties.length ? (
              <span className={styles.detail}>
                {' '}
                · <DataText>{row.parties.join(', ')}</DataText>
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
