import { rankingHeight } from '@/lib/charts/layout';
import type { RankingSeries } from '@/lib/charts/ranking';
import { ChartFigure, type SeriesFigureProps } from './ChartFigure';
import { DisagreementRanking } from './DisagreementRanking';
import { RankingTable } from './RankingTable';

/** The disagreement ranking in its frame, with the note explaining the salience weighting. */
export function RankingFigure({
  datasetId,
  series,
  csvHref,
  headingLevel,
}: SeriesFigureProps<RankingSeries>) {
  const height = rankingHeight(series.rows.length);
  const cut = series.ranked > series.rows.length;
  return (
    <ChartFigure
      id="disagreement-ranking"
      title={
        cut
          ? `Where they disagree most: the ${series.rows.length} issues furthest apart of ${series.ranked}`
          : 'Where they disagree most'
      }
      caption={series.caption}
      description={series.description}
      height={height}
      fileName={`${datasetId}-disagreement-ranking`}
      csvHref={csvHref}
      headingLevel={headingLevel}
      note={cut ? `${series.note} The CSV ranks all ${series.ranked} issues.` : series.note}
      table={<RankingTable series={series} />}
    >
      <DisagreementRanking series={series} height={height} />
    </ChartFigure>
  );
}
