import { CoverageTable } from '@/components/coverage/CoverageTable';
import { CoverageTotals } from '@/components/coverage/CoverageTotals';
import { DataText } from '@/components/DataText';
import { ViewNotes } from '@/components/ViewNotes';
import { coverageOf } from '@/lib/analysis';
import { validDatasetOr404, type DatasetPageProps } from '@/lib/data/route';
import { partyStyles } from '@/lib/style/palette';
import { keptQuery, parseViewState } from '@/lib/url/query';
import { coverageHref, downloadHref } from '@/lib/url/routes';

export const metadata = { title: 'Coverage' };

/**
 * Which party-round has coded which issue, and how many cells are stated, inferred or silent, per
 * round. `?round=` keeps one round's rows (the totals always cover every round).
 */
export default async function CoveragePage({ params, searchParams }: DatasetPageProps) {
  const { dataset: id } = await params;
  const { dataset } = await validDatasetOr404(id);
  // `round` is read from the URL itself: on this page no round means every round, not the latest.
  const { state, notes } = parseViewState(await searchParams, dataset);
  const kept = keptQuery(state);
  const withRound = (r: string) => {
    const q = new URLSearchParams({ round: r });
    if (state.version) q.set('version', state.version);
    return `?${q.toString()}`;
  };
  const asked = (await searchParams).round;
  const round = dataset.rounds.find((r) => r.id === asked);
  const coverage = coverageOf(dataset);
  const shown = round
    ? { ...coverage, rows: coverage.rows.filter((row) => row.round.id === round.id) }
    : coverage;
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueTitles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const colours = partyStyles(dataset.parties);

  return (
    <>
      <ViewNotes notes={notes} />
      <h1>Coverage</h1>
      <p>
        What has been coded for each party in each round, issue by issue: a position stated or
        inferred in that round, a withdrawal, a checked silence (no stated position), a position
        carried from an earlier round, nothing coded, or a party not at the table in that round.
      </p>
      <p className="small">
        <a href={downloadHref(dataset.id, 'coverage.csv', kept)} download>
          Download the coverage table (CSV)
        </a>
      </p>
      <section aria-labelledby="totals">
        <h2 id="totals">Totals</h2>
        <CoverageTotals coverage={coverage} />
      </section>
      <section aria-labelledby="cells">
        <h2 id="cells">Party by round</h2>
        <p className="small">
          Show:{' '}
          {round ? <a href={coverageHref(dataset.id, kept)}>every round</a> : <strong>every round</strong>}
          {coverage.rounds.map((r) => (
            <span key={r.id}>
              {' · '}
              {r.id === round?.id ? (
                <strong>
                  <DataText>{r.label}</DataText>
                </strong>
              ) : (
                <a href={coverageHref(dataset.id, withRound(r.id))}>
                  <DataText>{r.label}</DataText>
                </a>
              )}
            </span>
          ))}
        </p>
        <CoverageTable
          datasetId={dataset.id}
          coverage={shown}
          names={names}
          issueTitles={issueTitles}
          colours={colours}
        />
      </section>
    </>
  );
}
