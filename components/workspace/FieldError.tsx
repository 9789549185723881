import type { FormNotice } from '@/lib/pages/access';
import styles from './Access.module.css';

/** The refusal beside the field it names (`field`), or nothing; the input names it with aria-describedby. */
export function FieldError({
  notice,
  field,
  id,
}: {
  notice: FormNotice | undefined;
  field: string;
  id: string;
}) {
  if (!notice || notice.field !== field) return null;
  return (
    <p className={styles.error} id={id} role={field === '' ? 'alert' : undefined}>
      {notice.words}
    </p>
  );
}
