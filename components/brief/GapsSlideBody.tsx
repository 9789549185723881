import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import styles from './Slides.module.css';

/** The biggest gaps, ranked, each with a bar on the 0-100 scale. */
export function GapsSlideBody({ slide }: { slide: SlideOf<'gaps'> }) {
  if (slide.rows.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  return (
    <ol className={styles.ranking}>
      {slide.rows.map((row) => (
        <li key={`${row.rank}`}>
          <span className={styles.rank}>{row.rank}</span>
          <span className={styles.rankIssue}>
            <DataText>{row.issue}</DataText>
          </span>
          <span className={styles.pair}>
            <SlidePartyName party={row.a} short /> vs <SlidePartyName party={row.b} short />
          </span>
          <span className={styles.gapCell}>
            <span className={styles.gapBar} aria-hidden="true">
              <span style={{ width: row.width }} />
            </span>
            <span>{row.gap}</span>
          </span>
          {row.contested ? <span className={styles.rankContested}>{row.contested}</span> : null}
        </li>
      ))}
    </ol>
  );
}
