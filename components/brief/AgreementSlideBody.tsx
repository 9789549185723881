import { Fragment } from 'react';
import { DataText } from '@/components/DataText';
import { listSeparator, type SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import styles from './Slides.module.css';

/** Points of agreement: who agrees with whom on what, and why it counts. */
export function AgreementSlideBody({ slide }: { slide: SlideOf<'agreement'> }) {
  if (slide.rows.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  return (
    <ul className={styles.list}>
      {slide.rows.map((row) => (
        <li key={`${row.issue}-${row.parties.map((p) => p.id).join('-')}`}>
          <p className={styles.rowHead}>
            <b>
              <DataText>{row.issue}</DataText>
            </b>
            :{' '}
            {row.parties.map((party, i) => (
              <Fragment key={party.id}>
                {listSeparator(i, row.parties.length)}
                <SlidePartyName party={party} short />
              </Fragment>
            ))}
          </p>
          <p className={styles.rowDetail}>{row.why}</p>
        </li>
      ))}
    </ul>
  );
}
