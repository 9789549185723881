import { DataText } from '@/components/DataText';
import { TableScroll } from '@/components/TableScroll';
import type { RevisionView } from '@/lib/pages/changes';
import { count } from '@/lib/wording/numbers';
import styles from './ChangesList.module.css';

/** The most edits one revision shows on the page (an import adds every item); the CSV has all. */
const SHOWN = 50;

const ACTION_WORDS = { added: 'Added', changed: 'Changed', removed: 'Removed' } as const;

/** A workspace dataset's revisions, newest first: who, when, why, and each edit's old and new value. */
export function RevisionList({ revisions }: { revisions: readonly RevisionView[] }) {
  if (revisions.length === 0)
    return <p className="muted">No changes were recorded in this range.</p>;
  return (
    <ol className={styles.list}>
      {revisions.map((r) => (
        <li key={r.number} className={styles.item} id={`revision-${r.number}`}>
          <h3 className={styles.title}>Revision {r.number}</h3>
          <p className={`${styles.meta} small`}>
            <time dateTime={r.time}>{r.when}</time> by <DataText>{r.author}</DataText>:{' '}
            <DataText>{r.reason}</DataText>
          </p>
          {r.lines.length ? (
            <TableScroll>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">Change</th>
                    <th scope="col">What</th>
                    <th scope="col">Old value</th>
                    <th scope="col">New value</th>
                  </tr>
                </thead>
                <tbody>
                  {r.lines.slice(0, SHOWN).map((l, i) => (
                    <tr key={`${l.part}-${l.key}-${i}`}>
                      <td>{ACTION_WORDS[l.action]}</td>
                      <td>
                        {l.part}
                        {l.key ? (
                          <>
                            {' '}
                            <DataText>{l.key}</DataText>
                          </>
                        ) : null}
                      </td>
                      <td>{l.before !== undefined ? <DataText>{l.before}</DataText> : '—'}</td>
                      <td>{l.after !== undefined ? <DataText>{l.after}</DataText> : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <p className="small muted">No edits.</p>
          )}
          {r.lines.length > SHOWN ? (
            <p className="small muted">
              And {count(r.lines.length - SHOWN, 'more change')}: the CSV has them all.
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
