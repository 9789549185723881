'use client';

import { Bar, BarChart, LabelList, Tooltip, usePlotArea, XAxis, YAxis } from 'recharts';
import { rankingLabel } from '@/lib/charts/labels';
import type { RankingRow, RankingSeries } from '@/lib/charts/ranking';
import { gapText } from '@/lib/wording/gap';
import { points } from '@/lib/wording/numbers';
import styles from './ChartFigure.module.css';

/** Props of DisagreementRanking: `series` from `disagreementRanking`, box `height` (`rankingHeight`), optional fixed `width`. */
export interface DisagreementRankingProps {
  series: RankingSeries;
  height: number;
  width?: number;
}

const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 18, right: 18, bottom: 4, left: 8 };

interface RowLabelProps {
  x?: number | string;
  y?: number | string;
  index?: number;
  rows: readonly RankingRow[];
}

/** The row's title, then the pair and how far apart, cut with an ellipsis to fit the plot's width. */
function RowLabel({ x, y, index, rows }: RowLabelProps) {
  const plot = usePlotArea();
  const row = index === undefined ? undefined : rows[index];
  if (!row) return null;
  const label = rankingLabel(row, plot?.width);
  return (
    <text className="row-title" x={Number(x)} y={Number(y) - 6}>
      <title>{`${row.title}: ${row.pair}${label.gap}`}</title>
      {label.title}
      <tspan className="note-label">{`\u2002${label.pair}${label.gap}`}</tspan>
    </text>
  );
}

function RankingTooltip({ row }: { row: RankingRow | undefined }) {
  if (!row) return null;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>{row.title}</strong>
      </p>
      <p>
        {row.pair}: {gapText(row)} (of 100)
      </p>
      <p className="muted">
        Mean salience {row.meanSalience.toFixed(1)} of 5; weighted distance {points(row.weighted)}
      </p>
    </div>
  );
}

/** Issues ordered by how far apart their widest pair is, each bar annotated with the pair; a thinner bar weighs the distance by salience. */
export function DisagreementRanking({ series, height, width }: DisagreementRankingProps) {
  const sizing =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <BarChart
      {...sizing}
      data={series.rows}
      layout="vertical"
      margin={MARGIN}
      barCategoryGap="34%"
      barGap={1}
    >
      <XAxis type="number" domain={[0, 100]} ticks={TICKS} />
      <YAxis type="category" dataKey="issue" hide />
      <Bar dataKey="distance" name="Positions apart" fill="var(--gap)" isAnimationActive={false}>
        <LabelList
          dataKey="distance"
          content={(props) => (
            <RowLabel x={props.x} y={props.y} index={props.index} rows={series.rows} />
          )}
        />
      </Bar>
      <Bar
        dataKey="weighted"
        name="Weighted by salience"
        fill="var(--gap)"
        fillOpacity={0.4}
        isAnimationActive={false}
      />
      <Tooltip
        cursor={{ fill: 'var(--panel)' }}
        isAnimationActive={false}
        content={({ active, payload }) => (
          <RankingTooltip row={active ? (payload?.[0]?.payload as RankingRow) : undefined} />
        )}
      />
    </BarChart>
  );
}
