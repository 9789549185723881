import { CoverageTable } from '@/components/coverage/CoverageTable';
import { CoverageTotals } from '@/components/coverage/CoverageTotals';
import { coverageOf } from '@/lib/analysis';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { partyStyles } from '@/lib/style/palette';
import { downloadHref } from '@/lib/url/routes';

export const metadata = { title: 'Coverage' };

/** Which party-round has coded which issue, and how many cells are stated, inferred or silent, per round. */
export default async function CoveragePage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const { dataset } = await validDatasetOr404(id);
  const coverage = coverageOf(dataset);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueTitles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const colours = partyStyles(dataset.parties);

  return (
    <>
      <h1>Coverage</h1>
      <p>
        What has been coded for each party in each round, issue by issue: a position stated or
        inferred in that round, a withdrawal, a checked silence (no stated position), a position
        carried from an earlier round, nothing coded, or a party not at the table in that round.
      </p>
      <p className="small">
        <a href={downloadHref(dataset.id, 'coverage.csv')} download>
          Download the coverage table (CSV)
        </a>
      </p>
      <section aria-labelledby="totals">
        <h2 id="totals">Totals</h2>
        <CoverageTotals coverage={coverage} />
      </section>
      <section aria-labelledby="cells">
        <h2 id="cells">Party by round</h2>
        <CoverageTable
          datasetId={dataset.id}
          coverage={coverage}
          names={names}
          issueTitles={issueTitles}
          colours={colours}
        />
      </section>
    </>
  );
}
