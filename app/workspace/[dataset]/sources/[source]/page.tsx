import Link from 'next/link';
import { notFound } from 'next/navigation';
import styles from '@/components/coding/Coding.module.css';
import { CodingTop } from '@/components/coding/CodingTop';
import { Field } from '@/components/coding/Field';
import { QuotePicker } from '@/components/coding/QuotePicker';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { codingChoices } from '@/lib/pages/coding';
import {
  codingApiHref,
  codingItemHref,
  codingSourceHref,
  workspaceDatasetHref,
} from '@/lib/url/routes';
import { codingContext } from '../../coding';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Source' };

type Props = { params: Promise<{ dataset: string; source: string }> };

const FORM_ID = 'use-as-evidence';

/**
 * A workspace source's text, for quoting: select a passage, "Use as evidence", choose the cell
 * (and reading, speaker, date); the position editor opens with the exact words and their place.
 */
export default async function CodingSourcePage({ params }: Props) {
  const { dataset: id, source: sourceId } = await params;
  const ctx = await codingContext(id, codingSourceHref(id, sourceId));
  const { user } = ctx.session;
  const source = ctx.dataset.sources.find((s) => s.id === sourceId);
  if (!source) notFound();
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title={source.title} />;
  // The page's text as a browser holds it (HTML reads CRLF as LF); offsets count in it.
  const text = (ctx.sourceTexts.get(source.file) ?? '').replace(/\r\n/g, '\n');
  const choices = codingChoices(ctx.dataset);
  const none = { values: {}, errors: [] };
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: workspaceDatasetHref(id), words: 'Coding home' }}
        datasetTitle={ctx.dataset.title}
      />
      <h1>
        <bdi>{source.title}</bdi>
      </h1>
      <p className="small">
        {source.id} · {source.file} ·{' '}
        <Link href={codingItemHref(id, 'sources', source.id)}>Edit the source</Link>
      </p>
      <QuotePicker text={text} formId={FORM_ID} />
      <h2>Use a passage as evidence</h2>
      <p className="muted small">
        Select words in the text and press Use as evidence, or type or paste the quote here: it is
        checked against the source, word for word. The position editor opens with it as a new quote;
        nothing is saved until you save there.
      </p>
      <form
        id={FORM_ID}
        method="post"
        action={codingApiHref(id, 'evidence')}
        className={styles.form}
      >
        <input type="hidden" name="source" value={source.id} />
        <input type="hidden" name="start" defaultValue="" />
        <input type="hidden" name="end" defaultValue="" />
        <div className={styles.field}>
          <label htmlFor="quote">Quote</label>
          <textarea id="quote" name="quote" rows={4} required />
        </div>
        <div className={styles.row}>
          <Field
            {...none}
            name="party"
            label="Party"
            kind="select"
            options={choices.parties}
            required
          />
          <Field
            {...none}
            name="issue"
            label="Issue"
            kind="select"
            options={choices.issues}
            required
          />
          <Field
            {...none}
            name="round"
            label="Round"
            kind="select"
            options={choices.rounds}
            required
          />
        </div>
        <div className={styles.row}>
          <Field
            {...none}
            name="attribution"
            label="Attribution"
            kind="select"
            required
            options={[
              { value: 'own-words', words: "The party's own words" },
              { value: 'reported', words: 'Reported by someone else' },
            ]}
          />
          <Field {...none} name="reading" label="Reading" kind="number" hint="0 to 100." />
          <Field {...none} name="speaker" label="Speaker" />
          <Field {...none} name="date" label="Said on" hint="YYYY-MM-DD" />
        </div>
        <button type="submit" className={styles.button}>
          Open in the position editor
        </button>
      </form>
    </>
  );
}
