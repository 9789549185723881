import { stackedHeight } from '@/lib/charts/layout';
import { forDrawing, type StackedSeries } from '@/lib/charts/stacked';
import type { PartyView } from '@/lib/style/palette';
import { ChartFigure } from './ChartFigure';
import { PartyLegend } from './PartyLegend';
import { StackedStrips } from './StackedStrips';
import { StripTable } from './StripTable';

/** All issues' strips in one frame, most divided first: the one picture for a briefing. */
export function StackedStripsFigure({
  datasetId,
  series,
  csvHref,
  parties,
  title,
  id = 'stacked-strips',
  headingLevel,
}: {
  datasetId: string;
  /** From chartCsvHref, for the same view. */
  csvHref: string;
  series: StackedSeries;
  parties: readonly PartyView[];
  title?: string;
  id?: string;
  headingLevel?: 2 | 3;
}) {
  const height = stackedHeight(series.rows.length);
  const cut = series.total > series.rows.length;
  return (
    <ChartFigure
      id={id}
      title={
        title ??
        (cut
          ? `The ${series.rows.length} most divided of ${series.total} issues`
          : 'All issues at once, most divided first')
      }
      caption={series.caption}
      description={series.description}
      height={height}
      fileName={`${datasetId}-${id}`}
      csvHref={csvHref}
      headingLevel={headingLevel}
      legend={<PartyLegend parties={parties} inferred />}
      note={`Each row is one issue on its own 0–100 scale (its ends are worded on the issue's page). Bars: acceptable ranges; red band: the gap between the outermost positions; green: a zone all could accept.${
        cut ? ` The CSV has all ${series.total} issues; the matrix shows every issue.` : ''
      }`}
      table={
        <StripTable
          strips={series.rows}
          caption={
            cut
              ? `The ${series.rows.length} most divided issues: positions by party`
              : 'Every issue: positions by party'
          }
        />
      }
    >
      <StackedStrips series={forDrawing(series)} height={height} />
    </ChartFigure>
  );
}
