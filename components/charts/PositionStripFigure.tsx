import { stripHeight } from '@/lib/charts/layout';
import type { StripSeries } from '@/lib/charts/strip';
import { ChartFigure } from './ChartFigure';
import { PositionStrip } from './PositionStrip';
import { StripTable } from './StripTable';

/** One issue's position strip in its frame: title, finding, fixed-size chart, downloads and data table. */
export function PositionStripFigure({
  datasetId,
  series,
  csvHref,
  title = `Where the parties stand: ${series.title}`,
  headingLevel,
}: {
  datasetId: string;
  /** From chartCsvHref, for the same view. */
  csvHref: string;
  series: StripSeries;
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const height = stripHeight(series.markers.length);
  const silent = series.silent.map((s) => s.name).join(', ');
  return (
    <ChartFigure
      id={`strip-${series.issue}`}
      title={title}
      caption={series.caption}
      description={series.description}
      height={height}
      fileName={`${datasetId}-${series.issue}-positions`}
      csvHref={csvHref}
      headingLevel={headingLevel}
      table={<StripTable strips={[series]} caption={`${series.title}: positions`} />}
      note={silent ? `No stated position (not drawn): ${silent}.` : undefined}
    >
      <PositionStrip series={series} height={height} />
    </ChartFigure>
  );
}
