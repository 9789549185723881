import type { CellReviewForms, CellReviewView } from '@/lib/pages/cellReview';
import styles from './CellReview.module.css';

function Hidden({ forms, kind }: { forms: CellReviewForms; kind: string }) {
  return (
    <>
      <input type="hidden" name="cell" value={forms.cell} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="revision" value={forms.revision} />
      <input type="hidden" name="next" value={forms.next} />
    </>
  );
}

/**
 * A workspace cell's review: its state, every coding and review event oldest first, and the
 * forms the signed-in reader may use (plain posts: they work without JavaScript).
 */
export function CellReview({ view }: { view: CellReviewView }) {
  const { forms } = view;
  return (
    <section className={styles.section} aria-labelledby="review" id="review-section">
      <h2 id="review">Review</h2>
      {view.notice ? (
        <p className="notice" role="status">
          {view.notice}
        </p>
      ) : null}
      <p>
        <span className={`${styles.state} ${view.state ? (styles[view.state] ?? '') : ''}`}>
          {view.stateWords}
        </span>
        {view.about ? <span className="small muted"> · the coding of {view.about}</span> : null}
      </p>
      <h3>History of this cell (oldest first)</h3>
      {view.history.length === 0 ? (
        <p className="muted">No coding or review is recorded for this cell.</p>
      ) : (
        <ol className={styles.history}>
          {view.history.map((line) => (
            <li key={line.key}>
              <p className={styles.line}>
                <strong>{line.title}</strong>{' '}
                <span className={styles.who}>
                  by {line.who}, <time dateTime={line.time}>{line.when}</time>
                </span>
              </p>
              {line.text ? (
                <p className={styles.text}>
                  {line.kind === 'coding' ? 'Reason: ' : ''}
                  {line.text}
                </p>
              ) : null}
              {line.changes.length ? (
                <ul className={styles.changes}>
                  {line.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {view.formsNote ? <p className="small muted">{view.formsNote}</p> : null}
      {view.editHref ? (
        <p>
          <a href={view.editHref}>Change this coding</a>{' '}
          <span className="small muted">
            (the position editor: a save is a new revision, awaiting review again)
          </span>
        </p>
      ) : null}
      {forms ? (
        <div className={styles.forms}>
          {forms.approve ? (
            <form method="post" action={forms.action} className={styles.form}>
              <h3>Approve</h3>
              {forms.approve.refusal ? (
                <p className={styles.hint}>{forms.approve.refusal}</p>
              ) : (
                <>
                  <Hidden forms={forms} kind="approve" />
                  <label htmlFor="review-approve-text">Note (optional)</label>
                  <textarea id="review-approve-text" name="text" rows={2} maxLength={4000} />
                  <button type="submit">Approve this coding</button>
                </>
              )}
            </form>
          ) : null}
          {forms.challenge ? (
            <form method="post" action={forms.action} className={styles.form}>
              <h3>Challenge</h3>
              <Hidden forms={forms} kind="challenge" />
              <label htmlFor="review-challenge-text">What is wrong (required)</label>
              <textarea id="review-challenge-text" name="text" rows={3} required maxLength={4000} />
              <button type="submit">Challenge this coding</button>
            </form>
          ) : null}
          {forms.comment ? (
            <form method="post" action={forms.action} className={styles.form}>
              <h3>{forms.comment.label}</h3>
              <Hidden forms={forms} kind="comment" />
              <label htmlFor="review-comment-text">Text (required)</label>
              <textarea id="review-comment-text" name="text" rows={3} required maxLength={4000} />
              <button type="submit">Send</button>
            </form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
