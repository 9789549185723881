import Link from 'next/link';
import { HeatmapFigure } from '@/components/charts/HeatmapFigure';
import { PositionStripFigure } from '@/components/charts/PositionStripFigure';
import { RankingFigure } from '@/components/charts/RankingFigure';
import { ShiftsFigure } from '@/components/charts/ShiftsFigure';
import { StackedStripsFigure } from '@/components/charts/StackedStripsFigure';
import { DataText } from '@/components/DataText';
import { ViewNotes } from '@/components/ViewNotes';
import { analyse } from '@/lib/analysis';
import { chartCsvHref } from '@/lib/charts/export';
import { alignmentHeatmap } from '@/lib/charts/heatmap';
import { ISSUES_DRAWN, PARTIES_DRAWN } from '@/lib/charts/layout';
import { disagreementRanking } from '@/lib/charts/ranking';
import { shiftSeries } from '@/lib/charts/shifts';
import { mostDivided, stackedStripSeries } from '@/lib/charts/stacked';
import { datasetViewOr404, titledPage, type DatasetPageProps } from '@/lib/data/route';
import { partyViews } from '@/lib/style/palette';
import { issuesHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { count } from '@/lib/wording/numbers';

/** RULE: without ?issues=, the issue-by-issue section shows the most divided issues only, so a large dataset stays one readable page. */
const ISSUES_SHOWN = 12;

export const generateMetadata = titledPage('Charts');

/** Every chart of a dataset: the stacked strips, ranking and heatmap, then the most divided issues' strips and shifts. */
export default async function ChartsPage(props: DatasetPageProps) {
  const { dataset, state, notes } = await datasetViewOr404(props);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties });
  const { snapshot } = analysis;
  const parties = partyViews(dataset.parties);
  // The legend names only the parties drawn: those at the table in the round shown.
  const shown = snapshot.atTable.flatMap((p) => parties.get(p) ?? []);
  const stacked = stackedStripSeries(dataset, snapshot);
  const chosen = state.issues;
  const strips = chosen
    ? stacked.rows.filter((strip) => chosen.includes(strip.issue))
    : stacked.rows.slice(0, ISSUES_SHOWN);
  const href = (kind: Parameters<typeof chartCsvHref>[2], issue?: string) =>
    chartCsvHref(dataset, snapshot, kind, issue);
  return (
    <>
      <h1>Charts</h1>
      <p className="muted">
        Positions in force at <DataText>{snapshot.round.label}</DataText> (
        {formatDate(snapshot.round.date)}). Each chart has a data table and downloads: SVG and PNG
        of the chart, CSV of its data.
      </p>
      <ViewNotes notes={notes} />
      <StackedStripsFigure
        datasetId={dataset.id}
        series={mostDivided(stacked, ISSUES_DRAWN)}
        parties={shown}
        csvHref={href('stacked')}
        headingLevel={2}
      />
      <RankingFigure
        datasetId={dataset.id}
        series={disagreementRanking(dataset, analysis, ISSUES_DRAWN)}
        csvHref={href('ranking')}
        headingLevel={2}
      />
      <HeatmapFigure
        datasetId={dataset.id}
        series={alignmentHeatmap(dataset, snapshot.atTable, analysis.alignment, PARTIES_DRAWN)}
        csvHref={href('alignment')}
        headingLevel={2}
      />
      <h2>Issue by issue</h2>
      {!chosen && stacked.rows.length > strips.length ? (
        <p className="small muted">
          The {strips.length} most divided of {count(stacked.rows.length, 'issue')}; every issue has
          its strip on its own page (<Link href={issuesHref(dataset.id)}>all issues</Link>).
        </p>
      ) : null}
      {strips.map((strip) => (
        <section key={strip.issue} aria-label={strip.title}>
          <PositionStripFigure
            datasetId={dataset.id}
            series={strip}
            csvHref={href('strip', strip.issue)}
          />
          <ShiftsFigure
            datasetId={dataset.id}
            series={shiftSeries(dataset, snapshot, strip.issue)}
            csvHref={href('shifts', strip.issue)}
          />
        </section>
      ))}
    </>
  );
}
