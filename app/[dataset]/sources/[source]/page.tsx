import Link from 'next/link';
import { QuotedPassages } from '@/components/sources/QuotedPassages';
import { SourceDetails } from '@/components/sources/SourceDetails';
import { SourceText } from '@/components/sources/SourceText';
import { sourceOr404 } from '@/lib/data/lookup';
import { keptViewQuery, validDatasetOr404 } from '@/lib/data/route';
import { citationsByQuote } from '@/lib/sourceText/citations';
import { sourceView } from '@/lib/sourceText/sourceView';
import { datasetHref } from '@/lib/url/routes';
import styles from './page.module.css';

type SourceParams = Promise<{ dataset: string; source: string }>;

export async function generateMetadata({ params }: { params: SourceParams }) {
  const { dataset, source } = await params;
  return { title: `Source ${source} · ${dataset}` };
}

/** One source: its details and full text, each quoted passage highlighted and linked to what cites it. */
export default async function SourcePage({ params }: { params: SourceParams }) {
  const { dataset: id, source: sourceId } = await params;
  const entry = await validDatasetOr404(id);
  const { dataset } = entry;
  const source = sourceOr404(dataset, sourceId);
  const kept = await keptViewQuery();
  const { blocks, passages } = sourceView(
    dataset,
    source,
    entry.sourceTexts.get(source.file),
    citationsByQuote(dataset),
  );

  return (
    <>
      <p className="small">
        <Link href={datasetHref(dataset.id, 'sources', kept)}>← All sources</Link>
      </p>
      <h1>{source.title}</h1>
      <SourceDetails source={source} />
      <p className="muted">
        Every passage the dataset quotes is highlighted; its number leads to the positions, outcomes
        and events that cite it.
      </p>
      <div className={styles.columns}>
        <section aria-labelledby="full-text">
          <h2 id="full-text">Full text</h2>
          {blocks ? (
            <SourceText blocks={blocks} numbers={new Map(passages.map((p) => [p.key, p.number]))} />
          ) : (
            <p className="notice">The text of this source ({source.file}) could not be read.</p>
          )}
        </section>
        <section aria-labelledby="quoted-passages">
          <h2 id="quoted-passages">Quoted passages ({passages.length})</h2>
          <QuotedPassages passages={passages} />
        </section>
      </div>
    </>
  );
}
