import type { ReactNode } from 'react';
import { REMOVE_FIELD, type FieldError } from '@/lib/coding';
import type { ConflictView } from '@/lib/pages/coding';
import styles from './Coding.module.css';
import { ConflictNotice } from './ConflictNotice';
import { Field } from './Field';

/**
 * A coding form: posts to its action (a plain form, no JavaScript), with the revision it was
 * loaded at, the problems that are not one field's, a change saved meanwhile, and the reason asked.
 */
export function CodingForm({
  action,
  baseRevision,
  create,
  upload,
  errors,
  conflicts,
  values,
  submit,
  children,
}: {
  action: string;
  baseRevision: number;
  create?: boolean;
  upload?: boolean;
  errors: readonly FieldError[];
  conflicts: readonly ConflictView[];
  values: Record<string, string>;
  submit: string;
  children: ReactNode;
}) {
  // A refused removal's problems show beside the remove form (RemoveForm), not here.
  const own = errors.filter((e) => e.field !== REMOVE_FIELD);
  const general = own.filter((e) => e.field === '' || e.field === 'baseRevision');
  return (
    <form
      method="post"
      action={action}
      encType={upload ? 'multipart/form-data' : undefined}
      className={styles.form}
    >
      <input type="hidden" name="baseRevision" value={baseRevision} />
      {create ? <input type="hidden" name="create" value="true" /> : null}
      {own.length ? (
        <div className={styles.errors} role="alert">
          Not saved: {own.length === 1 ? 'one problem' : `${own.length} problems`}
          {general.length ? (
            <ul>
              {general.map((e, i) => (
                <li key={i}>
                  {e.path ? <code>{e.path}</code> : null} {e.message}
                  {e.value ? ` (found ${e.value})` : ''}
                </li>
              ))}
            </ul>
          ) : (
            ', shown beside the fields.'
          )}
        </div>
      ) : null}
      {conflicts.map((c) => (
        <ConflictNotice key={c.revision} conflict={c} />
      ))}
      {children}
      <Field
        name="reason"
        label="Reason for this change"
        values={values}
        errors={errors}
        hint="Kept with the revision, so others can see why."
      />
      <button type="submit" className={styles.button}>
        {submit}
      </button>
    </form>
  );
}
