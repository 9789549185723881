import type { SlideOf } from '@/lib/brief';
import { DataText } from '@/components/DataText';
import styles from './Slides.module.css';

/** The revisions since a date or version, each with its first changes and how many more. */
export function ChangesSlideBody({ slide }: { slide: SlideOf<'changes'> }) {
  if (slide.groups.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  return (
    <ul className={styles.list}>
      {slide.groups.map((group, index) => (
        <li key={index}>
          <p className={styles.rowHead}>
            <DataText>{group.heading}</DataText>
          </p>
          {group.lines.map((line, i) => (
            <p key={i} className={styles.rowDetail}>
              <DataText>{line}</DataText>
            </p>
          ))}
          {group.more ? (
            <p className={styles.rowDetail}>
              <a href={slide.href}>
                +{group.more} more change{group.more === 1 ? '' : 's'}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
