import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import styles from './Slides.module.css';
import own from './WhatItTakesSlide.module.css';

/** What it would take to close the widest gaps: movement needed, the largest moves, holdouts, predictions. */
export function WhatItTakesSlideBody({ slide }: { slide: SlideOf<'what-it-takes'> }) {
  if (slide.rows.length === 0) return <p className={styles.empty}>{slide.empty}</p>;
  const predicted = slide.rows.some((row) => row.prediction);
  return (
    <>
      <ul className={own.rows}>
        {slide.rows.map((row) => (
          <li key={row.issue} className={own.row}>
            <p className={own.issue}>
              <DataText>{row.issue}</DataText>
              <span className={own.total}>{row.total}</span>
            </p>
            {row.holdout ? <p className={own.holdout}>{row.holdout}</p> : null}
            <ul className={own.moves}>
              {row.moves.map((move) => (
                <li key={move}>
                  <DataText>{move}</DataText>
                </li>
              ))}
              {row.more ? <li>and {row.more} more (see the issue page)</li> : null}
            </ul>
            {row.prediction ? (
              <p className={own.prediction}>Model estimate: {row.prediction}</p>
            ) : null}
          </li>
        ))}
      </ul>
      {predicted ? <p className={own.caveat}>{slide.caveat}</p> : null}
    </>
  );
}
