import type { Analysis } from '@/lib/analysis';
import { chartCsvHref } from '@/lib/charts/export';
import { alignmentHeatmap } from '@/lib/charts/heatmap';
import { ISSUES_DRAWN, PARTIES_DRAWN } from '@/lib/charts/layout';
import { disagreementRanking } from '@/lib/charts/ranking';
import { stackedStripSeries } from '@/lib/charts/stacked';
import type { Dataset } from '@/lib/model';
import { partyViews } from '@/lib/style/palette';
import { HeatmapFigure } from './HeatmapFigure';
import { RankingFigure } from './RankingFigure';
import { StackedStripsFigure } from './StackedStripsFigure';

/** The overview's charts: the most divided issues' strips stacked, the disagreement ranking and the alignment heatmap. */
export function OverviewCharts({ dataset, analysis }: { dataset: Dataset; analysis: Analysis }) {
  const { snapshot } = analysis;
  const parties = partyViews(dataset.parties);
  // The legend names only the parties drawn: those at the table in the round shown.
  const shown = snapshot.atTable.flatMap((p) => parties.get(p) ?? []);
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading">At a glance</h2>
      <StackedStripsFigure
        datasetId={dataset.id}
        series={stackedStripSeries(dataset, snapshot, ISSUES_DRAWN)}
        csvHref={chartCsvHref(dataset, snapshot, 'stacked')}
        parties={shown}
      />
      <RankingFigure
        datasetId={dataset.id}
        series={disagreementRanking(dataset, analysis, ISSUES_DRAWN)}
        csvHref={chartCsvHref(dataset, snapshot, 'ranking')}
      />
      <HeatmapFigure
        datasetId={dataset.id}
        series={alignmentHeatmap(dataset, snapshot.atTable, analysis.alignment, PARTIES_DRAWN)}
        csvHref={chartCsvHref(dataset, snapshot, 'alignment')}
      />
    </section>
  );
}
