import type { FieldError } from '@/lib/coding';
import styles from './Coding.module.css';
import { fieldId } from './Field';

/** A list field as checkboxes (a party's rounds, the sources checked): one repeated name, one box per choice. */
export function Checks({
  name,
  legend,
  choices,
  values,
  errors,
  hint,
}: {
  name: string;
  legend: string;
  choices: readonly { value: string; words: string }[];
  values: Record<string, string>;
  errors: readonly FieldError[];
  hint?: string;
}) {
  const id = fieldId(name);
  const chosen = new Set((values[name] ?? '').split('\n').filter(Boolean));
  const mine = errors.filter((e) => e.field === name || e.field.startsWith(`${name}.`));
  return (
    <fieldset
      className={`${styles.field} ${styles.checks}`}
      aria-describedby={
        [hint ? `${id}-hint` : '', mine.length ? `${id}-error` : ''].filter(Boolean).join(' ') ||
        undefined
      }
    >
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value}>
          <input type="checkbox" name={name} value={c.value} defaultChecked={chosen.has(c.value)} />{' '}
          {c.words}
        </label>
      ))}
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
    </fieldset>
  );
}
