'use client';

import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import styles from './Deck.module.css';

const NEXT = new Set(['ArrowRight', ' ', 'PageDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName);
}

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Presents server-rendered slides one at a time: keys, on-screen controls, full screen, speaker
 * notes, printing, and `?slide=` kept in the address bar (replaceState) so a link opens on the slide.
 */
export function DeckPresenter({
  slides,
  hrefs,
  counters,
  initial,
  theme,
  exitHref,
  notices,
}: {
  slides: ReactNode[];
  /** The link of each slide (same choices, `slide=` set). */
  hrefs: string[];
  /** "3 / 17" for each slide. */
  counters: string[];
  /** The slide to open on, from 1. */
  initial: number;
  theme: string;
  exitHref: string;
  notices: string[];
}) {
  const total = slides.length;
  const [index, setIndex] = useState(Math.min(Math.max(initial, 1), total) - 1);
  const [notes, setNotes] = useState(false);
  const stage = useRef<HTMLDivElement>(null);

  const go = useCallback(
    (target: number) => {
      const next = Math.min(Math.max(target, 0), total - 1);
      setIndex(next);
      const href = hrefs[next];
      if (href) window.history.replaceState(null, '', href);
    },
    [hrefs, total],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const key = event.key;
      let handled = true;
      if (NEXT.has(key)) go(index + 1);
      else if (PREVIOUS.has(key)) go(index - 1);
      else if (key === 'Home') go(0);
      else if (key === 'End') go(total - 1);
      else if (key === 'f' || key === 'F') toggleFullScreen();
      else if (key === 'n' || key === 'N') setNotes((on) => !on);
      else if (key === 'Escape' && document.fullscreenElement) void document.exitFullscreen();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    // Marks the deck interactive once keys are handled (tests wait for it).
    stage.current?.setAttribute('data-ready', 'true');
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, total]);

  const link = (target: number, label: string, rel: string) => (
    <a
      href={hrefs[target] ?? hrefs[index]}
      rel={rel}
      aria-disabled={target < 0 || target >= total}
      className={styles.control}
      onClick={(event) => {
        event.preventDefault();
        go(target);
      }}
    >
      {label}
    </a>
  );

  return (
    <div className={styles.stage} data-theme={theme} data-notes={notes ? 'on' : 'off'} ref={stage}>
      <div className={styles.slides}>
        {slides.map((slide, i) => (
          <div
            key={i}
            className={styles.slot}
            hidden={i !== index}
            aria-roledescription="slide"
            aria-label={counters[i]}
          >
            {slide}
          </div>
        ))}
      </div>
      <nav className={styles.controls} aria-label="Slide controls">
        {link(index - 1, '← Previous', 'prev')}
        <span className={styles.counter} aria-live="polite">
          {counters[index]}
        </span>
        {link(index + 1, 'Next →', 'next')}
        <button type="button" className={styles.control} onClick={toggleFullScreen}>
          Full screen (F)
        </button>
        <button
          type="button"
          className={styles.control}
          aria-pressed={notes}
          onClick={() => setNotes((on) => !on)}
        >
          Notes (N)
        </button>
        <button type="button" className={styles.control} onClick={() => window.print()}>
          Download PDF
        </button>
        <a className={styles.control} href={exitHref}>
          Leave briefing
        </a>
        {notices.map((notice) => (
          <span key={notice} className={styles.notice} title={notice} role="note">
            {notice}
          </span>
        ))}
      </nav>
    </div>
  );
}
