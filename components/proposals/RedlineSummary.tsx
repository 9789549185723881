import { DataText } from '@/components/DataText';
import type { RedlineView } from '@/lib/pages/redline';
import styles from './Redline.module.css';

/** The redline's computed summary: lines of each kind, the sentences, each issue's move and the method. */
export function RedlineSummary({
  summary,
  oldName,
  newName,
  method,
}: {
  summary: RedlineView['summary'];
  oldName: string;
  newName: string;
  /** How the numbers are made, a paragraph each. */
  method: readonly string[];
}) {
  return (
    <section className={styles.summary} aria-labelledby="redline-summary">
      <h2 id="redline-summary">Summary</h2>
      <ul className={styles.counts} aria-label="Lines by what happened to the clauses">
        {summary.counts.map((c) => (
          <li key={c.kind} data-kind={c.kind} className={c.value ? '' : 'muted'}>
            <span className={styles.count}>{c.value}</span> {c.label.toLowerCase()}
          </li>
        ))}
      </ul>
      {summary.sentences.map((sentence, i) => (
        <p key={i} className={styles.sentence}>
          <DataText>{sentence}</DataText>
        </p>
      ))}
      {summary.issues.length ? (
        <table className={`data ${styles.issueTable}`}>
          <caption>How each issue both texts name moves</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">
                <DataText>{oldName}</DataText> → <DataText>{newName}</DataText>
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.issues.map((m) => (
              <tr key={m.issue}>
                <th scope="row">
                  <DataText>{m.title}</DataText>
                </th>
                <td>
                  <DataText>{m.text}</DataText>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {/* Folded on screen; printed in full on the summary page. */}
      <details className={`${styles.method} no-print`}>
        <summary>How this is computed</summary>
        {method.map((paragraph, i) => (
          <p key={i} className={styles.note}>
            {paragraph}
          </p>
        ))}
      </details>
      <div className={styles.printOnly}>
        <h3>How this is computed</h3>
        {method.map((paragraph, i) => (
          <p key={i} className={styles.note}>
            {paragraph}
          </p>
        ))}
      </div>
    </section>
  );
}
