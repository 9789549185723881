import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import styles from './RedlineSlide.module.css';
import { SlidePartyName } from './SlidePartyName';

/** A proposal against the one it replaced: counts of kept, changed… clauses, the summary and the issues moved. */
export function RedlineSlideBody({ slide }: { slide: SlideOf<'redline'> }) {
  return (
    <div className={styles.body}>
      <p className={styles.pair}>
        <SlidePartyName party={slide.b} /> against <SlidePartyName party={slide.a} />
      </p>
      <ul className={styles.counts} aria-label="Clauses by what happened to them">
        {slide.counts.map((c) => (
          <li key={c.label}>
            <span className={styles.count}>{c.value}</span> {c.label.toLowerCase()}
          </li>
        ))}
      </ul>
      {slide.sentences.map((sentence, i) => (
        <p key={i} className={styles.sentence}>
          <DataText>{sentence}</DataText>
        </p>
      ))}
      {slide.moves.length ? (
        <ul className={styles.moves}>
          {slide.moves.map((m) => (
            <li key={m.issue}>
              <b>
                <DataText>{m.issue}</DataText>
              </b>
              : <DataText>{m.text}</DataText>
            </li>
          ))}
          {slide.more ? (
            <li>
              <a href={slide.href}>
                +{slide.more} more issue{slide.more === 1 ? '' : 's'}
              </a>
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className={styles.method}>
        {slide.method} <a href={slide.href}>Every clause, word by word</a>
      </p>
    </div>
  );
}
