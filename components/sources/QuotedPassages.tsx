import { DataText } from '@/components/DataText';
import type { QuotedPassage } from '@/lib/sourceText/sourceView';
import styles from './QuotedPassages.module.css';

/** The numbered passages of a source that the dataset quotes, each linking to its place in the text and to everything that cites it. */
export function QuotedPassages({ passages }: { passages: readonly QuotedPassage[] }) {
  if (passages.length === 0)
    return <p className="muted">Nothing in the dataset quotes this source.</p>;
  return (
    <ol className={styles.list}>
      {passages.map((passage) => (
        <li key={passage.key} id={`cited-${passage.key}`} value={passage.number}>
          <q>
            <DataText>{passage.quote}</DataText>
          </q>{' '}
          {passage.found ? (
            <a className="small" href={`#${passage.key}`}>
              in the text
            </a>
          ) : (
            <span className="badge bad">not found in the text</span>
          )}
          {passage.citations.length ? (
            <ul className={`${styles.cites} small`}>
              {passage.citations.map((citation) => (
                <li key={`${citation.kind}-${citation.href}-${citation.label}`}>
                  <a href={citation.href}>{citation.label}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
