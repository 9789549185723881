import type { FieldError } from '@/lib/coding';
import styles from './Coding.module.css';

/** The id of a form field's input, from its name (`evidence.0.quote` → `f-evidence-0-quote`). */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** What a form field shows: its entry, its refusals (the validator's words), its hint. */
export interface FieldProps {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: readonly FieldError[];
  kind?: 'text' | 'textarea' | 'number' | 'date' | 'select';
  options?: readonly { value: string; words: string }[];
  hint?: string;
  required?: boolean;
  readOnly?: boolean;
  rows?: number;
  /** Needed or not by another field's choice (a position's status): neither marked required nor optional. */
  depends?: boolean;
}

/** One labelled field of a coding form, with its refusals beside it (aria-describedby) and its entry kept. */
export function Field({
  name,
  label,
  values,
  errors,
  kind = 'text',
  options = [],
  hint,
  required,
  readOnly,
  rows,
  depends,
}: FieldProps) {
  const id = fieldId(name);
  const mine = errors.filter((e) => e.field === name);
  const described = [hint ? `${id}-hint` : '', mine.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    name,
    'aria-invalid': mine.length ? (true as const) : undefined,
    'aria-describedby': described || undefined,
    required,
  };
  const value = values[name] ?? '';
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {label}
        {required || depends ? null : <span className={styles.hint}> (optional)</span>}
      </label>
      {kind === 'textarea' ? (
        <textarea {...common} defaultValue={value} rows={rows ?? 3} readOnly={readOnly} />
      ) : kind === 'select' ? (
        <select {...common} defaultValue={value} disabled={readOnly}>
          {required ? null : <option value="">(none)</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.words}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type={kind === 'number' ? 'text' : kind}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          defaultValue={value}
          readOnly={readOnly}
        />
      )}
      {hint ? (
        <p className={styles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {mine.length ? (
        <p className={styles.error} id={`${id}-error`}>
          {mine.map((e) => e.message).join('; ')}
        </p>
      ) : null}
    </div>
  );
}
