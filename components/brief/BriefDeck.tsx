import type { Deck } from '@/lib/brief';
import { slideCounter } from '@/lib/brief';
import { DeckPresenter } from './DeckPresenter';
import { SlideFrame } from './SlideFrame';

/** The whole deck rendered on the server (every slide in the HTML), handed to the presenter leaf. */
export function BriefDeck({
  deck,
  theme,
  hrefs,
  exitHref,
  notices,
}: {
  deck: Deck;
  theme: string;
  hrefs: string[];
  exitHref: string;
  notices: string[];
}) {
  const counters = deck.slides.map((_, i) => slideCounter(i, deck.slides.length));
  return (
    <DeckPresenter
      slides={deck.slides.map((slide, i) => (
        <SlideFrame
          key={i}
          slide={slide}
          first={i === 0}
          footer={deck.footer}
          counter={counters[i] ?? ''}
          stamp={deck.stamp}
        />
      ))}
      hrefs={hrefs}
      counters={counters}
      initial={deck.current}
      theme={theme}
      exitHref={exitHref}
      notices={notices}
    />
  );
}
