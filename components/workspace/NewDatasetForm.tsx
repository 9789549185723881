import type { FormNotice } from '@/lib/pages/access';
import { WORKSPACE_API } from '@/lib/url/routes';
import styles from './Access.module.css';
import { FieldError } from './FieldError';

/** Creates an empty workspace dataset: id, title and an optional reason, posted as a plain form. */
export function NewDatasetForm({ notice }: { notice?: FormNotice }) {
  const wrong = (field: string) =>
    notice?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': `dataset-${field}-error` }
      : {};
  return (
    <form method="post" action={WORKSPACE_API.datasets} className={styles.form}>
      <FieldError notice={notice} field="" id="dataset-error" />
      <div className={styles.field}>
        <label htmlFor="dataset-id">Id</label>
        <input
          id="dataset-id"
          name="id"
          required
          maxLength={64}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          aria-describedby="dataset-id-hint"
          {...wrong('id')}
        />
        <p className={styles.hint} id="dataset-id-hint">
          Lowercase letters, digits and hyphens; it becomes the address, /&lt;id&gt;.
        </p>
        <FieldError notice={notice} field="id" id="dataset-id-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="dataset-title">Title</label>
        <input id="dataset-title" name="title" required maxLength={200} {...wrong('title')} />
        <FieldError notice={notice} field="title" id="dataset-title-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="dataset-reason">Reason (optional)</label>
        <input id="dataset-reason" name="reason" maxLength={2000} {...wrong('reason')} />
        <FieldError notice={notice} field="reason" id="dataset-reason-error" />
      </div>
      <button type="submit" className={styles.button}>
        Create dataset
      </button>
    </form>
  );
}
