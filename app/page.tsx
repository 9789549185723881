import Link from 'next/link';
import { connection } from 'next/server';
import { ProblemList } from '@/components/ProblemList';
import { listDatasets } from '@/lib/data';
import { formatDate } from '@/lib/model';
import { matrixCoverage } from '@/lib/view/datasets';
import { count } from '@/lib/view/format';

export const metadata = { title: 'Datasets' };

/** The landing page: every dataset under data/, valid or with its list of problems. */
export default async function HomePage() {
  await connection();
  const entries = listDatasets();
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
          const d = entry.dataset;
          const coverage = d ? matrixCoverage(d) : undefined;
          return (
            <li key={entry.id} className="card">
              {d ? (
                <>
                  <h2>
                    <Link href={`/${entry.id}`}>
                      <bdi>{d.title}</bdi>
                    </Link>
                  </h2>
                  <p className="small muted">
                    As of {formatDate(d.asOf)} · version {entry.version}
                  </p>
                  <p className="small">
                    {count(d.parties.length, 'party', 'parties')} ·{' '}
                    {count(d.issues.length, 'issue')} · {count(d.rounds.length, 'round')} ·{' '}
                    {count(d.sources.length, 'source')}
                  </p>
                  {coverage ? (
                    <p className="small muted">
                      {count(coverage.coded, 'coded position')} · {count(coverage.none, 'cell')}{' '}
                      with no stated position · {count(coverage.empty, 'cell')} without an entry, of{' '}
                      {count(coverage.cells, 'party × issue × round cell')}
                    </p>
                  ) : null}
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
