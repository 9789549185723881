import Link from 'next/link';
import { connection } from 'next/server';
import { ProblemList } from '@/components/ProblemList';
import { visibleDatasets } from '@/lib/data/route';
import { datasetHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { count } from '@/lib/wording/numbers';

export const metadata = { title: 'Datasets' };

/** The landing page: every dataset under data/, valid or with its list of problems. */
export default async function HomePage() {
  await connection();
  const entries = await visibleDatasets();
  return (
    <>
      <h1>Negotiations</h1>
      <p className="muted">
        Each negotiation is a position matrix: every party against every issue, coded from its
        sources with verbatim quotes.
      </p>
      {entries.length === 0 ? (
        <p className="notice">
          No datasets found. Add a folder under data/ with a dataset.json (npm run new-dataset), or
          import a spreadsheet (npm run import); see docs/data-format.md.
        </p>
      ) : null}
      <ul className="cards">
        {entries.map((entry) => {
          const c = entry.counts;
          return (
            <li key={entry.id} className="card">
              {c && entry.title !== undefined && entry.asOf !== undefined ? (
                <>
                  <h2>
                    <Link href={datasetHref(entry.id)}>
                      <bdi>{entry.title}</bdi>
                    </Link>
                  </h2>
                  <p className="small muted">
                    As of {formatDate(entry.asOf)} · version {entry.version} ·{' '}
                    {entry.home === 'folder' ? `folder ${entry.id}/` : 'workspace'}
                  </p>
                  <p className="small">
                    {count(c.parties, 'party', 'parties')} · {count(c.issues, 'issue')} ·{' '}
                    {count(c.rounds, 'round')} · {count(c.sources, 'source')}
                  </p>
                  <p className="small muted">
                    {count(c.coded, 'coded position')} · {count(c.none, 'cell')} with no stated
                    position · {count(c.empty, 'cell')} without an entry, of{' '}
                    {count(c.cells, 'party × issue × round cell')}
                  </p>
                  <span className="badge ok">valid</span>
                </>
              ) : (
                <>
                  <h2>{entry.id}</h2>
                  <p>
                    <span className="badge bad">{count(entry.problems.length, 'error')}</span>{' '}
                    <span className="small muted">
                      in {entry.id}/dataset.json; it is not shown until fixed.
                    </span>
                  </p>
                  <ProblemList problems={entry.problems} />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
