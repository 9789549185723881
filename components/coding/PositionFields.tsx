import type { FieldError } from '@/lib/coding';
import type { Choice } from '@/lib/pages/coding';
import { Checks } from './Checks';
import styles from './Coding.module.css';
import { Field } from './Field';
import { rowsOf } from './rows';

const STATUSES: Choice[] = [
  { value: 'stated', words: 'Stated' },
  { value: 'inferred', words: 'Inferred' },
  { value: 'withdrawn', words: 'Withdrawn' },
  { value: 'none', words: 'None (the sources are silent)' },
];
const CONFIDENCE: Choice[] = [
  { value: 'high', words: 'High' },
  { value: 'medium', words: 'Medium' },
  { value: 'low', words: 'Low' },
];
const SALIENCE: Choice[] = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), words: String(n) }));
const ATTRIBUTION: Choice[] = [
  { value: 'own-words', words: "The party's own words" },
  { value: 'reported', words: 'Reported by someone else' },
];

/**
 * Every field of a position: status, label, summary, value, acceptable range, salience,
 * confidence, coding note, sources checked, conditions, and its quotes (source, words,
 * attribution, locator, speaker, date, reading). Empty a row to leave it out.
 */
export function PositionFields({
  values,
  errors,
  choices,
  cellWords,
}: {
  values: Record<string, string>;
  errors: readonly FieldError[];
  choices: { issues: readonly Choice[]; sources: readonly Choice[] };
  cellWords: string;
}) {
  const f = { values, errors };
  return (
    <>
      <p>{cellWords}</p>
      <input type="hidden" name="party" value={values.party ?? ''} />
      <input type="hidden" name="issue" value={values.issue ?? ''} />
      <input type="hidden" name="round" value={values.round ?? ''} />
      <div className={styles.row}>
        <Field {...f} name="status" label="Status" kind="select" options={STATUSES} required />
        <Field
          {...f}
          depends
          name="confidence"
          label="Confidence"
          kind="select"
          options={CONFIDENCE}
        />
      </div>
      <Field
        {...f}
        depends
        name="label"
        label="Label"
        hint="At most 90 characters; needed unless the status is none."
      />
      <Field {...f} depends name="summary" label="Summary" kind="textarea" rows={2} />
      <div className={styles.row}>
        <Field
          {...f}
          depends
          name="value"
          label="Value"
          kind="number"
          hint="0 to 100 on the issue's scale (stated or inferred)."
        />
        <Field {...f} name="acceptable.min" label="Acceptable from" kind="number" />
        <Field {...f} name="acceptable.max" label="Acceptable to" kind="number" />
        <Field
          {...f}
          name="salience"
          label="Salience"
          kind="select"
          options={SALIENCE}
          hint="1 (low) to 5."
        />
      </div>
      <Field {...f} name="codingNote" label="Coding note" kind="textarea" rows={2} />
      <Checks
        {...f}
        name="checked"
        legend="Sources read and found silent (status none)"
        choices={choices.sources}
      />
      {rowsOf(values, 'conditions').map((i) => (
        <fieldset key={`c${i}`} className={styles.group}>
          <legend>Condition {i + 1}</legend>
          <Field {...f} name={`conditions.${i}.text`} label="Condition" kind="textarea" rows={2} />
          <Field
            {...f}
            name={`conditions.${i}.issue`}
            label="Tied to issue"
            kind="select"
            options={choices.issues}
          />
        </fieldset>
      ))}
      {rowsOf(values, 'evidence').map((i) => (
        <fieldset key={`e${i}`} className={styles.group}>
          <legend>Quote {i + 1}</legend>
          <div className={styles.row}>
            <Field
              {...f}
              name={`evidence.${i}.source`}
              label="Source"
              kind="select"
              options={choices.sources}
            />
            <Field
              {...f}
              name={`evidence.${i}.attribution`}
              label="Attribution"
              kind="select"
              options={ATTRIBUTION}
            />
          </div>
          <Field
            {...f}
            name={`evidence.${i}.quote`}
            label="Quote"
            kind="textarea"
            rows={3}
            hint="Verbatim from the source: it is checked on save."
          />
          <div className={styles.row}>
            <Field {...f} name={`evidence.${i}.locator`} label="Locator" />
            <Field {...f} name={`evidence.${i}.speaker`} label="Speaker" />
            <Field
              {...f}
              name={`evidence.${i}.date`}
              label="Said on"
              hint="YYYY-MM-DD, YYYY-MM or YYYY."
            />
            <Field
              {...f}
              name={`evidence.${i}.reading`}
              label="Reading"
              kind="number"
              hint="When this quote alone reads differently."
            />
          </div>
          <div className={styles.field}>
            <label>
              <input
                type="checkbox"
                name={`evidence.${i}.dateInferred`}
                value="true"
                defaultChecked={values[`evidence.${i}.dateInferred`] === 'true'}
              />{' '}
              The date is worked out, not read in the source
            </label>
          </div>
        </fieldset>
      ))}
    </>
  );
}
