import type { Slide } from '@/lib/brief';
import styles from './Deck.module.css';
import { SlideBody } from './SlideBody';

/** One 16:9 slide: heading, body, and the footer with the data's version and the slide counter; speaker notes beside it. */
export function SlideFrame({
  slide,
  first,
  footer,
  counter,
  stamp,
}: {
  slide: Slide;
  first: boolean;
  footer: string;
  counter: string;
  /** The old-version mark, shown on the slide itself (it prints with it). */
  stamp?: string;
}) {
  const Heading = first ? 'h1' : 'h2';
  return (
    <>
      <article className={styles.slide} data-kind={slide.kind}>
        <div className={styles.inner}>
          {stamp ? <p className={styles.stamp}>{stamp}</p> : null}
          <Heading className={styles.heading}>{slide.heading}</Heading>
          <div className={styles.body} data-slide-body>
            <SlideBody slide={slide} />
          </div>
          <footer className={styles.footer}>
            <span>{footer}</span>
            <span className={styles.footerCounter}>{counter}</span>
          </footer>
        </div>
      </article>
      <aside className={styles.notes} aria-label="Speaker notes">
        <p className={styles.notesHeading}>Speaker notes · {counter}</p>
        {slide.notes.length ? (
          slide.notes.map((note, index) => <p key={index}>{note}</p>)
        ) : (
          <p>No notes for this slide.</p>
        )}
      </aside>
    </>
  );
}
