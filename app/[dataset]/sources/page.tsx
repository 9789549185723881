import Link from 'next/link';
import { SourceDetails } from '@/components/sources/SourceDetails';
import { keptViewQuery, validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { sourcesByDate } from '@/lib/pages/sources';
import { quotedPassageCounts } from '@/lib/sourceText/sourceView';
import { sourceHref } from '@/lib/url/routes';
import { count } from '@/lib/wording/numbers';

export const metadata = { title: 'Sources' };

/** Every source of a dataset with its details and how much of it is quoted; each opens its full text. */
export default async function SourcesPage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const entry = await validDatasetOr404(id);
  const { dataset } = entry;
  const quoted = quotedPassageCounts(dataset);
  const kept = await keptViewQuery();

  return (
    <>
      <h1>Sources</h1>
      <p className="muted">
        {count(dataset.sources.length, 'source')}. Open one to read its full text with every passage
        the dataset quotes highlighted and linked to what cites it. Oldest first.
      </p>
      <ul className="cards">
        {sourcesByDate(dataset.sources).map((source) => (
          <li key={source.id} className="card">
            <h2>
              <Link href={sourceHref(dataset.id, source.id, kept)}>{source.title}</Link>
            </h2>
            <SourceDetails source={source} />
            <p className="small">
              {count(quoted.get(source.id) ?? 0, 'quoted passage')}
              {entry.sourceTexts.has(source.file) ? null : (
                <span className="badge bad"> text could not be read ({source.file})</span>
              )}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
