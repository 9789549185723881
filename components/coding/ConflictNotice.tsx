import type { ConflictView } from '@/lib/pages/coding';
import styles from './Coding.module.css';

/** Another revision that changed this item after the form was loaded: who, when, why, and what it holds now. */
export function ConflictNotice({ conflict }: { conflict: ConflictView }) {
  return (
    <div className={styles.conflict} role="alert">
      <strong>
        Not saved: {conflict.author} changed this after you opened it (revision {conflict.revision},{' '}
        {conflict.when}).
      </strong>{' '}
      Their reason: “{conflict.reason}”. Your entries are kept below; saving again replaces their
      change with yours.
      {conflict.changed.length ? (
        <dl>
          {conflict.changed.map((c) => (
            <div key={c.field} style={{ display: 'contents' }}>
              <dt>{c.field}</dt>
              <dd>
                {c.before || '(empty)'} → {c.after || '(removed)'}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
