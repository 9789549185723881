import { analyse } from '@/lib/analysis';
import { alignmentHeatmap } from '@/lib/charts/heatmap';
import { chartParties } from '@/lib/charts/parties';
import { disagreementRanking } from '@/lib/charts/ranking';
import { shiftSeries } from '@/lib/charts/shifts';
import { stackedStripSeries } from '@/lib/charts/stacked';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { formatDate } from '@/lib/model';
import { parseViewState, type SearchParams } from '@/lib/view/query';
import { HeatmapFigure } from '@/components/charts/HeatmapFigure';
import { PositionStripFigure } from '@/components/charts/PositionStripFigure';
import { RankingFigure } from '@/components/charts/RankingFigure';
import { ShiftsFigure } from '@/components/charts/ShiftsFigure';
import { StackedStripsFigure } from '@/components/charts/StackedStripsFigure';

export async function generateMetadata({ params }: { params: DatasetParams }) {
  const { dataset } = await params;
  return { title: `Charts · ${dataset}` };
}

/** Every chart of a dataset on one page: the stacked strips, ranking, heatmap, then each issue's strip and shifts. */
export default async function ChartsPage({
  params,
  searchParams,
}: {
  params: DatasetParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id } = await params;
  const { dataset } = validDatasetOr404(id);
  const { state, notes } = parseViewState(await searchParams, dataset);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties });
  const { snapshot } = analysis;
  const parties = chartParties(dataset);
  const shown = snapshot.parties.flatMap((p) => parties.get(p) ?? []);
  const stacked = stackedStripSeries(dataset, snapshot);
  return (
    <>
      <h1>Charts</h1>
      <p className="muted">
        Viewing {snapshot.round.label} ({formatDate(snapshot.round.date)}). Each chart has a data
        table and downloads (SVG, PNG, CSV).
      </p>
      {notes.map((note) => (
        <p className="notice" key={note}>
          {note}
        </p>
      ))}
      <StackedStripsFigure
        datasetId={dataset.id}
        series={stacked}
        parties={shown}
        headingLevel={2}
      />
      <RankingFigure
        datasetId={dataset.id}
        series={disagreementRanking(dataset, analysis)}
        headingLevel={2}
      />
      <HeatmapFigure
        datasetId={dataset.id}
        series={alignmentHeatmap(dataset, snapshot.parties, analysis.alignment)}
        headingLevel={2}
      />
      <h2>Issue by issue</h2>
      {stacked.rows.map((strip) => (
        <section key={strip.issue} aria-label={strip.title}>
          <PositionStripFigure datasetId={dataset.id} series={strip} />
          <ShiftsFigure
            datasetId={dataset.id}
            series={shiftSeries(dataset, snapshot, strip.issue)}
          />
        </section>
      ))}
    </>
  );
}
