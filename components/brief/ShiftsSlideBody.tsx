import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import styles from './Slides.module.css';

/** Who moved on what between rounds, by how much and which way. */
export function ShiftsSlideBody({ slide }: { slide: SlideOf<'shifts'> }) {
  return (
    <ul className={styles.list}>
      {slide.rows.map((row, index) => (
        <li key={index}>
          <p className={styles.rowHead}>
            <SlidePartyName party={row.party} /> on{' '}
            <b>
              <DataText>{row.issue}</DataText>
            </b>
            : {row.move}
          </p>
          <p className={styles.rowDetail}>
            {row.towards} · {row.rounds}
          </p>
        </li>
      ))}
    </ul>
  );
}
