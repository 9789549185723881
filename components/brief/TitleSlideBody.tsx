import type { SlideOf } from '@/lib/brief';
import styles from './Slides.module.css';
import { SlidePartyName } from './SlidePartyName';

/** The title slide's body: what, when, who, and from which sources. */
export function TitleSlideBody({ slide }: { slide: SlideOf<'title'> }) {
  return (
    <div className={styles.titleBody}>
      <p className={styles.lead}>{slide.asOf}</p>
      <p>{slide.round}</p>
      <p>{slide.summary}:</p>
      <ul className={styles.partyRow}>
        {slide.parties.map((party) => (
          <li key={party.id}>
            <SlidePartyName party={party} short={slide.shortNames} />
          </li>
        ))}
      </ul>
      {slide.notices.map((notice) => (
        <p key={notice} className={styles.titleNotice}>
          {notice}
        </p>
      ))}
      <div className={styles.sourceBlock}>
        <p className={styles.smallHeading}>{slide.sources.length === 1 ? 'Source' : 'Sources'}</p>
        <ul className={styles.plainList}>
          {slide.sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
