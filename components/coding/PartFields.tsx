import type { FieldError } from '@/lib/coding';
import type { Choice } from '@/lib/pages/coding';
import { Checks } from './Checks';
import styles from './Coding.module.css';
import { Field } from './Field';

/** What every part's fields get: the entries, the refusals, whether the id may still be chosen. */
export interface PartFieldsProps {
  values: Record<string, string>;
  errors: readonly FieldError[];
  /** An edit form: the id is the item's key and stays as it is. */
  editing: boolean;
}

const PARTY_KINDS: Choice[] = [
  { value: 'party-to-conflict', words: 'Party to the conflict' },
  { value: 'mediator', words: 'Mediator' },
  { value: 'bloc', words: 'Bloc' },
  { value: 'proposal', words: 'Proposal (a document)' },
  { value: 'other', words: 'Other' },
];

const ID_HINT = 'Lowercase letters, digits and hyphens; it cannot be changed later.';

/** A source's fields, its text pasted or uploaded (.txt or .md, kept exactly). */
export function SourceFields({
  values,
  errors,
  editing,
  kinds,
}: PartFieldsProps & { kinds: readonly Choice[] }) {
  const f = { values, errors };
  return (
    <>
      <Field
        {...f}
        name="id"
        label="Id"
        required
        readOnly={editing}
        hint={editing ? undefined : ID_HINT}
      />
      <Field {...f} name="title" label="Title" required />
      <Field {...f} name="kind" label="Kind" kind="select" options={kinds} required />
      <Field
        {...f}
        name="file"
        label="File name"
        required
        readOnly={editing}
        hint="Ends in .txt or .md, for example statement-2025-05-16.txt."
      />
      <div className={styles.row}>
        <Field {...f} name="publisher" label="Publisher" />
        <Field {...f} name="date" label="Date" hint="YYYY-MM-DD, YYYY-MM or YYYY." />
      </div>
      <Field {...f} name="url" label="Web address" />
      <Field {...f} name="authors" label="Authors" kind="textarea" rows={2} hint="One per line." />
      <Field
        {...f}
        name="text"
        label="Text"
        kind="textarea"
        rows={12}
        hint="Paste the full text, or upload a file below (the file wins). Quotes must be verbatim in it."
      />
      <div className={styles.field}>
        <label htmlFor="f-upload">
          Upload a .txt or .md file <span className={styles.hint}>(optional)</span>
        </label>
        <input id="f-upload" type="file" name="upload" accept=".txt,.md,text/plain,text/markdown" />
        {errors
          .filter((e) => e.field === 'upload')
          .map((e, i) => (
            <p key={i} className={styles.error}>
              {e.message}
            </p>
          ))}
      </div>
    </>
  );
}

/** A party's fields, with the rounds it takes part in as checkboxes (none ticked: every round). */
export function PartyFields({
  values,
  errors,
  editing,
  rounds,
}: PartFieldsProps & { rounds: readonly Choice[] }) {
  const f = { values, errors };
  return (
    <>
      <Field
        {...f}
        name="id"
        label="Id"
        required
        readOnly={editing}
        hint={editing ? undefined : ID_HINT}
      />
      <Field {...f} name="name" label="Name" required />
      <div className={styles.row}>
        <Field {...f} name="shortName" label="Short name" required hint="At most 24 characters." />
        <Field {...f} name="kind" label="Kind" kind="select" options={PARTY_KINDS} required />
      </div>
      <Checks
        {...f}
        name="rounds"
        legend="Present in rounds"
        choices={rounds}
        hint="Tick none for a party present in every round."
      />
      <Field
        {...f}
        name="members"
        label="Members"
        kind="textarea"
        rows={2}
        hint="One per line (a bloc's states)."
      />
      <div className={styles.row}>
        <Field {...f} name="colour" label="Colour" hint="#rrggbb" />
        <Field {...f} name="capability" label="Capability" kind="number" hint="0 to 100." />
      </div>
      <Field {...f} name="capabilityNote" label="Capability note" kind="textarea" rows={2} />
    </>
  );
}

/** An issue's fields: the question and the words of each end of its scale, and whose aim each end is. */
export function IssueFields({
  values,
  errors,
  editing,
  parties,
}: PartFieldsProps & { parties: readonly Choice[] }) {
  const f = { values, errors };
  return (
    <>
      <Field
        {...f}
        name="id"
        label="Id"
        required
        readOnly={editing}
        hint={editing ? undefined : ID_HINT}
      />
      <Field {...f} name="title" label="Title" required />
      <Field {...f} name="question" label="Question" kind="textarea" rows={2} required />
      <Field {...f} name="category" label="Category" />
      <fieldset className={styles.group}>
        <legend>Scale</legend>
        <div className={styles.row}>
          <Field {...f} name="scale.zero" label="What 0 means" kind="textarea" rows={2} required />
          <Field
            {...f}
            name="scale.hundred"
            label="What 100 means"
            kind="textarea"
            rows={2}
            required
          />
        </div>
        <div className={styles.row}>
          <Field
            {...f}
            name="scale.zeroTowards"
            label="0 is the aim of"
            kind="select"
            options={parties}
          />
          <Field
            {...f}
            name="scale.hundredTowards"
            label="100 is the aim of"
            kind="select"
            options={parties}
          />
        </div>
      </fieldset>
    </>
  );
}

/** A round's fields. */
export function RoundFields({ values, errors, editing }: PartFieldsProps) {
  const f = { values, errors };
  return (
    <>
      <Field
        {...f}
        name="id"
        label="Id"
        required
        readOnly={editing}
        hint={editing ? undefined : ID_HINT}
      />
      <Field {...f} name="label" label="Label" required />
      <Field {...f} name="date" label="Date" kind="date" required />
    </>
  );
}
