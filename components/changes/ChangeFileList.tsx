import { DataText } from '@/components/DataText';
import type { ChangeFileEntry } from '@/lib/pages/changes';
import styles from './ChangesList.module.css';

/** A folder dataset's CHANGES.md entries, newest first, shown as plain text. */
export function ChangeFileList({
  entries,
}: {
  entries: readonly (ChangeFileEntry & { when: string })[];
}) {
  if (entries.length === 0)
    return (
      <p className="muted">
        There are no recorded changes: this dataset has no CHANGES.md (one is written when{' '}
        <code>npm run import</code> updates or replaces it).
      </p>
    );
  return (
    <ol className={styles.list}>
      {entries.map((e, i) => (
        <li key={`${e.date}-${e.version}-${i}`} className={styles.item}>
          <h3 className={styles.title}>
            {e.date ? <time dateTime={e.date}>{e.when}</time> : 'Undated'}
            {e.version ? <>, version {e.version}</> : null}
          </h3>
          <p className={`${styles.meta} small`}>
            <DataText>{e.action}</DataText>
          </p>
          {e.lines.length ? (
            <ul>
              {e.lines.map((l, j) => (
                <li key={j} className={l.nested ? styles.nested : undefined}>
                  <DataText>{l.text}</DataText>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
