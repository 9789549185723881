import type { TextBlock, TextRun } from '@/lib/sourceText/sourceDocument';
import styles from './SourceText.module.css';

/** Where a passage's number links: its entry in the list (on this page unless told otherwise). */
type CitedHref = (key: string) => string;

const onThisPage: CitedHref = (key) => `#cited-${key}`;

function Run({
  run,
  numbers,
  citedHref,
}: {
  run: TextRun;
  numbers: ReadonlyMap<string, number>;
  citedHref: CitedHref;
}) {
  const content = run.bold ? <strong>{run.text}</strong> : run.text;
  const [anchor, ...moreAnchors] = run.anchors;
  return (
    <>
      {moreAnchors.map((key) => (
        <span key={key} id={key} className={styles.anchor} />
      ))}
      {run.quotes.length ? (
        <mark
          id={anchor}
          className={run.quotes.length > 1 ? `${styles.mark} ${styles.overlap}` : styles.mark}
        >
          {content}
        </mark>
      ) : (
        content
      )}
      {run.ends.map((key) => (
        <sup key={key} className={styles.ref}>
          <a href={citedHref(key)} aria-label={`quoted passage ${numbers.get(key)}: who cites it`}>
            {numbers.get(key)}
          </a>
        </sup>
      ))}
    </>
  );
}

/**
 * A source's full text (or one page's stretch of it) as paragraphs and headings, every quoted
 * passage highlighted with its anchor and a numbered link to who cites it (`citedHref` for
 * passages listed on another page).
 */
export function SourceText({
  blocks,
  numbers,
  citedHref = onThisPage,
}: {
  blocks: readonly TextBlock[];
  numbers: ReadonlyMap<string, number>;
  citedHref?: CitedHref;
}) {
  return (
    <div className={styles.text}>
      {blocks.map((block, i) => {
        const runs = block.runs.map((run, k) => (
          <Run key={k} run={run} numbers={numbers} citedHref={citedHref} />
        ));
        return block.kind === 'heading' ? (
          <h3 key={i} className={styles.heading}>
            {runs}
          </h3>
        ) : (
          <p key={i}>{runs}</p>
        );
      })}
    </div>
  );
}
