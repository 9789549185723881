import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import styles from './Slides.module.css';

/** How the deck was made, from which sources, and which version of the data it shows. */
export function MethodSlideBody({ slide }: { slide: SlideOf<'method'> }) {
  return (
    <div className={styles.methodBody}>
      <ul className={styles.points}>
        {slide.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className={styles.smallHeading}>{slide.sources.length === 1 ? 'Source' : 'Sources'}</p>
      <ul className={styles.plainList}>
        {slide.sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <a href={source.url}>
                <DataText>{source.title}</DataText>
              </a>
            ) : (
              <DataText>{source.title}</DataText>
            )}
            <span className={styles.detail}> · {source.detail}</span>
          </li>
        ))}
      </ul>
      <p className={styles.version}>{slide.version}</p>
    </div>
  );
}
