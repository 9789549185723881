import { SHIFTS_HEIGHT } from '@/lib/charts/layout';
import type { ShiftSeries } from '@/lib/charts/shifts';
import { ChartFigure, type SeriesFigureProps } from './ChartFigure';
import { ShiftsChart } from './ShiftsChart';
import { ShiftsTable } from './ShiftsTable';

/** One issue's shifts across rounds in its frame; renders nothing when there is one round or no value. */
export function ShiftsFigure({
  datasetId,
  series,
  csvHref,
  headingLevel,
}: SeriesFigureProps<ShiftSeries>) {
  if (!series.show) return null;
  return (
    <ChartFigure
      id={`shifts-${series.issue}`}
      title={`How positions moved: ${series.title}`}
      caption={series.caption}
      description={series.description}
      height={SHIFTS_HEIGHT}
      fileName={`${datasetId}-${series.issue}-shifts`}
      csvHref={csvHref}
      headingLevel={headingLevel}
      note={`A position holds until a later round states it again: a full marker where a round states it, a small dot where it is carried from an earlier round.${
        series.silent.length
          ? ` No stated position in any round (not drawn): ${series.silent.join(', ')}.`
          : ''
      }`}
      table={<ShiftsTable series={series} />}
    >
      <ShiftsChart series={series} height={SHIFTS_HEIGHT} />
    </ChartFigure>
  );
}
