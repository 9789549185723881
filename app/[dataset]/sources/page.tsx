import { QuotedPassages } from '@/components/sources/QuotedPassages';
import { SourceDetails } from '@/components/sources/SourceDetails';
import { SourceText } from '@/components/sources/SourceText';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { citationsByQuote } from '@/lib/view/citations';
import { count } from '@/lib/view/format';
import { sourceView } from '@/lib/view/sourceView';
import styles from './page.module.css';

export const metadata = { title: 'Sources' };

/** Every source with its details and full text, each quoted passage highlighted and linked to what cites it. */
export default async function SourcesPage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const entry = validDatasetOr404(id);
  const { dataset } = entry;
  const citations = citationsByQuote(dataset);
  const views = dataset.sources.map((source) =>
    sourceView(dataset, source, entry.sourceTexts.get(source.file), citations),
  );

  return (
    <>
      <h1>Sources</h1>
      <p className="muted">
        {count(views.length, 'source')}. Every passage the dataset quotes is highlighted; its number
        leads to the positions, outcomes and events that cite it.
      </p>
      {views.length > 1 ? (
        <ul>
          {views.map(({ source }) => (
            <li key={source.id}>
              <a href={`#source-${source.id}`}>{source.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {views.map(({ source, blocks, passages }) => (
        <section key={source.id} aria-labelledby={`source-${source.id}`}>
          <h2 id={`source-${source.id}`}>{source.title}</h2>
          <SourceDetails source={source} />
          <div className={styles.columns}>
            <div>
              <h3>Full text</h3>
              {blocks ? (
                <SourceText
                  blocks={blocks}
                  numbers={new Map(passages.map((p) => [p.key, p.number]))}
                />
              ) : (
                <p className="notice">The text of this source ({source.file}) could not be read.</p>
              )}
            </div>
            <div>
              <h3>Quoted passages ({passages.length})</h3>
              <QuotedPassages passages={passages} />
            </div>
          </div>
        </section>
      ))}
    </>
  );
}
