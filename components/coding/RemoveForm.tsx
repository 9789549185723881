import { PART_WORDS, REMOVE_FIELD, type CodingPart, type FieldError } from '@/lib/coding';
import { codingRemoveHref } from '@/lib/url/routes';
import styles from './Coding.module.css';

/**
 * Removes the item shown, as a plain form: a revision like any save (the old value stays in
 * /changes and in earlier versions). The box must be ticked, so a slip of the keyboard removes
 * nothing; the validator refuses a removal that leaves the dataset broken.
 */
export function RemoveForm({
  datasetId,
  part,
  itemKey,
  words,
  baseRevision,
  errors,
}: {
  datasetId: string;
  part: CodingPart;
  itemKey: string;
  /** What is removed, as the reader knows it ("Party B", "the position of …"). */
  words: string;
  baseRevision: number;
  /** The form's errors: those of a refused removal are shown here. */
  errors: readonly FieldError[];
}) {
  const one = PART_WORDS[part].one;
  const refused = errors.filter((e) => e.field === REMOVE_FIELD);
  return (
    <section aria-labelledby="remove-heading" className={styles.remove}>
      <h2 id="remove-heading">Remove this {one}</h2>
      <p className={styles.hint} id="remove-hint">
        Removing is a revision too: the changes page keeps what was removed, and earlier versions
        still show it. It is refused while anything else in the dataset still needs this {one}.
      </p>
      {refused.length ? (
        <div className={styles.errors} role="alert">
          Not removed: {refused.length === 1 ? 'one problem' : `${refused.length} problems`}
          <ul>
            {refused.map((e, i) => (
              <li key={i}>
                {e.path ? <code>{e.path}</code> : null} {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={codingRemoveHref(datasetId, part)} className={styles.form}>
        <input type="hidden" name="key" value={itemKey} />
        <input type="hidden" name="baseRevision" value={baseRevision} />
        <div className={styles.checks}>
          <label>
            <input
              type="checkbox"
              name="confirm"
              value="true"
              required
              aria-describedby="remove-hint"
            />{' '}
            Yes, remove <bdi>{words}</bdi>
          </label>
        </div>
        <div className={styles.field}>
          <label htmlFor="remove-reason">
            Reason for removing it <span className={styles.hint}>(optional)</span>
          </label>
          <input id="remove-reason" type="text" name="reason" maxLength={2000} />
        </div>
        <button type="submit" className={styles.button}>
          Remove
        </button>
      </form>
    </section>
  );
}
