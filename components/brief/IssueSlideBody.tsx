import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { IssueStrip } from './IssueStrip';
import { SlidePartyName } from './SlidePartyName';
import { SlideQuoteText } from './SlideQuoteText';
import styles from './Slides.module.css';

/** One issue: its question, the strip, and each party's label with the quote behind it. */
export function IssueSlideBody({ slide }: { slide: SlideOf<'issue'> }) {
  return (
    <div className={styles.issueBody}>
      <p className={styles.question}>{slide.question}</p>
      <IssueStrip slide={slide} />
      <ul className={styles.positions}>
        {slide.rows.map((row) => (
          <li key={row.party.id} data-known={row.known}>
            <span className={styles.positionParty}>
              <SlidePartyName party={row.party} />
            </span>
            <div>
              <p className={styles.positionLabel}>
                <DataText>{row.label}</DataText>{' '}
                <span className={styles.detail}>({row.detail})</span>
              </p>
              {row.quote ? <SlideQuoteText quote={row.quote} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
