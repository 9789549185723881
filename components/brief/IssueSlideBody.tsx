import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { IssueStrip } from './IssueStrip';
import { SlidePartyName } from './SlidePartyName';
import { SlideQuoteText } from './SlideQuoteText';
import styles from './Slides.module.css';

/** One issue: its question, the strip, and each party's label with the quotes behind it that fit, then "+N more quotes". */
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
              {row.quotes.map((quote, i) => (
                <SlideQuoteText key={i} quote={quote} />
              ))}
              {row.more ? (
                <p className={styles.moreQuotes}>
                  <a href={row.more.href}>
                    {row.more.text}
                    <span className="sr-only">
                      {' '}
                      from <DataText>{row.party.name}</DataText> on the evidence page
                    </span>
                  </a>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
