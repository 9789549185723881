import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import { SlideQuoteText } from './SlideQuoteText';
import styles from './Slides.module.css';

/** Open demands: stated by one side and unanswered, each with its quote. */
export function DemandsSlideBody({ slide }: { slide: SlideOf<'demands'> }) {
  if (slide.rows.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  return (
    <ul className={styles.list}>
      {slide.rows.map((row) => (
        <li key={`${row.party.id}-${row.issue}`}>
          <p className={styles.rowHead}>
            <SlidePartyName party={row.party} /> on{' '}
            <b>
              <DataText>{row.issue}</DataText>
            </b>
            : <DataText>{row.label}</DataText>
          </p>
          {row.quote ? <SlideQuoteText quote={row.quote} /> : null}
        </li>
      ))}
    </ul>
  );
}
