import type { HeatmapSeries } from '@/lib/charts/heatmap';
import { heatmapLayout } from '@/lib/charts/layout';
import { AlignmentHeatmap } from './AlignmentHeatmap';
import { ChartFigure, type SeriesFigureProps } from './ChartFigure';
import { HeatmapTable } from './HeatmapTable';

/** The alignment heatmap in its frame (drawn on the server). */
export function HeatmapFigure({
  datasetId,
  series,
  csvHref,
  headingLevel,
}: SeriesFigureProps<HeatmapSeries>) {
  const layout = heatmapLayout(series.parties.length);
  return (
    <ChartFigure
      id="alignment-heatmap"
      title="How aligned each pair of parties is"
      caption={series.caption}
      description={series.description}
      height={layout.height}
      width={layout.width}
      scrollable
      fileName={`${datasetId}-alignment`}
      csvHref={csvHref}
      headingLevel={headingLevel}
      note="Alignment = 100 − the mean gap over the issues both parties have a position on (n = issues compared). Darker = more aligned; a dashed empty cell means nothing to compare, not 0."
      table={<HeatmapTable series={series} />}
    >
      <AlignmentHeatmap series={series} />
    </ChartFigure>
  );
}
