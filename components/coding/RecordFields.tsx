import type { FieldError } from '@/lib/coding';
import type { Choice } from '@/lib/pages/coding';
import { Checks } from './Checks';
import styles from './Coding.module.css';
import { Field } from './Field';
import { rowsOf } from './rows';

const ATTRIBUTION: Choice[] = [
  { value: 'own-words', words: "The party's own words" },
  { value: 'reported', words: 'Reported by someone else' },
];

interface RecordProps {
  values: Record<string, string>;
  errors: readonly FieldError[];
  /** An edit form: the fields that make the item's key are shown, not changed. */
  editing: boolean;
  choices: {
    parties: readonly Choice[];
    issues: readonly Choice[];
    rounds: readonly Choice[];
    sources: readonly Choice[];
  };
}

/** A key field on an edit form: its value shown and sent as it is (changing it would make another item). */
function KeyField({
  name,
  label,
  values,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
}) {
  const value = values[name] ?? '';
  return (
    <p>
      <strong>{label}:</strong> {value ? value.split('\n').join(', ') : '(all)'}
      {value.split('\n').map((v, i) => (
        <input key={i} type="hidden" name={name} value={v} />
      ))}
    </p>
  );
}

/** The verbatim quotes of an event, outcome or delegation: source, words, attribution, locator. */
function QuoteRows({
  values,
  errors,
  sources,
}: {
  values: Record<string, string>;
  errors: readonly FieldError[];
  sources: readonly Choice[];
}) {
  const f = { values, errors };
  return rowsOf(values, 'evidence').map((i) => (
    <fieldset key={`e${i}`} className={styles.group}>
      <legend>Quote {i + 1}</legend>
      <div className={styles.row}>
        <Field
          {...f}
          name={`evidence.${i}.source`}
          label="Source"
          kind="select"
          options={sources}
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
      <Field {...f} name={`evidence.${i}.locator`} label="Locator" />
    </fieldset>
  ));
}

/** An event's fields: date, title, the parties involved, its quotes. */
export function EventFields({ values, errors, editing, choices }: RecordProps) {
  const f = { values, errors };
  return (
    <>
      {editing ? (
        <>
          <KeyField name="date" label="Date" values={values} />
          <KeyField name="title" label="Title" values={values} />
        </>
      ) : (
        <>
          <Field {...f} name="date" label="Date" kind="date" required />
          <Field {...f} name="title" label="Title" required />
        </>
      )}
      <Checks {...f} name="parties" legend="Parties involved" choices={choices.parties} />
      <QuoteRows {...f} sources={choices.sources} />
    </>
  );
}

/** An outcome's fields: the issue, round and parties agreeing, what they agreed, its value, its quotes. */
export function OutcomeFields({ values, errors, editing, choices }: RecordProps) {
  const f = { values, errors };
  return (
    <>
      {editing ? (
        <>
          <KeyField name="issue" label="Issue" values={values} />
          <KeyField name="round" label="Round" values={values} />
          <KeyField name="parties" label="Parties" values={values} />
        </>
      ) : (
        <>
          <div className={styles.row}>
            <Field
              {...f}
              name="issue"
              label="Issue"
              kind="select"
              options={choices.issues}
              required
            />
            <Field
              {...f}
              name="round"
              label="Round"
              kind="select"
              options={choices.rounds}
              required
            />
          </div>
          <Checks
            {...f}
            name="parties"
            legend="Parties agreeing (at least two)"
            choices={choices.parties}
          />
        </>
      )}
      <Field {...f} name="summary" label="What was agreed" kind="textarea" rows={2} required />
      <Field
        {...f}
        name="value"
        label="Value"
        kind="number"
        hint="0 to 100 on the issue's scale."
      />
      <QuoteRows {...f} sources={choices.sources} />
    </>
  );
}

/** A delegation's fields: the party, the round (none: every round), its members and role, its quotes. */
export function DelegationFields({ values, errors, editing, choices }: RecordProps) {
  const f = { values, errors };
  return (
    <>
      {editing ? (
        <>
          <KeyField name="party" label="Party" values={values} />
          <KeyField name="round" label="Round" values={values} />
        </>
      ) : (
        <div className={styles.row}>
          <Field
            {...f}
            name="party"
            label="Party"
            kind="select"
            options={choices.parties}
            required
          />
          <Field
            {...f}
            name="round"
            label="Round"
            kind="select"
            options={choices.rounds}
            hint="None: every round."
          />
        </div>
      )}
      {rowsOf(values, 'members').map((i) => (
        <fieldset key={`m${i}`} className={styles.group}>
          <legend>Member {i + 1}</legend>
          <div className={styles.row}>
            <Field {...f} name={`members.${i}.name`} label="Name" />
            <Field {...f} name={`members.${i}.role`} label="Role" />
          </div>
        </fieldset>
      ))}
      <QuoteRows {...f} sources={choices.sources} />
    </>
  );
}
