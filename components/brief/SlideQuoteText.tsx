import { DataText } from '@/components/DataText';
import type { SlideQuote } from '@/lib/brief';
import styles from './Slides.module.css';

/** The quote behind a position, in small print, with its reading, attribution, speaker and date, and source. */
export function SlideQuoteText({ quote }: { quote: SlideQuote }) {
  return (
    <figure className={styles.quote}>
      <blockquote>
        “<DataText>{quote.text}</DataText>”
      </blockquote>
      <figcaption>
        {quote.reading ? <strong>{quote.reading} · </strong> : null}
        {quote.attribution} · {quote.said ? `${quote.said} · ` : null}
        <a href={quote.href}>
          <DataText>{quote.source}</DataText>
        </a>
        {quote.shortened ? ' · shortened; full quote at the link' : ''}
      </figcaption>
    </figure>
  );
}
