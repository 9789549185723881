'use client';

import { ReferenceArea, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { StackedPoint, StackedSeries } from '@/lib/charts/stacked';
import { NoteLabel } from './NoteLabel';
import { scatterMarker } from './PartyMarker';
import { RangeBars } from './RangeBars';
import { RowTitles } from './RowTitles';
import { StripTooltip } from './StripTooltip';

/** Props of StackedStrips: `series` from `stackedStripSeries`, the box `height` (`stackedHeight`), optional fixed `width`. */
export interface StackedStripsProps {
  series: StackedSeries;
  height: number;
  width?: number;
}

const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 30, right: 18, bottom: 6, left: 8 };

const Marker = scatterMarker(6);

/** Every issue's strip stacked as small multiples on one 0–100 axis, most divided first. */
export function StackedStrips({ series, height, width }: StackedStripsProps) {
  const rows = Math.max(series.rows.length, 1);
  const domain: [number, number] = [-0.75, rows - 0.3];
  const titles = series.rows.map((row, i) => ({
    y: i,
    title: row.title,
    gap: row.gap?.kind === 'gap' ? row.gap.text : undefined,
    zone: row.gap?.kind === 'zone' ? row.gap.text : undefined,
  }));
  const sizing =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <ScatterChart {...sizing} margin={MARGIN}>
      <XAxis type="number" dataKey="value" domain={[0, 100]} ticks={TICKS} orientation="top" />
      <YAxis type="number" dataKey="y" domain={domain} reversed hide />
      {series.rows.map((row, i) =>
        row.gap?.kind === 'gap' ? (
          <ReferenceArea
            key={`gap-${row.issue}`}
            x1={row.gap.from}
            x2={row.gap.to}
            y1={i - 0.3}
            y2={i + 0.3}
            className="gap-area"
            fill="var(--gap)"
            fillOpacity={0.13}
          />
        ) : row.gap?.kind === 'zone' ? (
          <ReferenceArea
            key={`zone-${row.issue}`}
            x1={row.gap.min}
            x2={row.gap.max === row.gap.min ? row.gap.min + 0.6 : row.gap.max}
            y1={i - 0.3}
            y2={i + 0.3}
            className="zone-area"
            fill="var(--zone)"
            fillOpacity={0.22}
          />
        ) : null,
      )}
      <RowTitles rows={titles} />
      <RangeBars bars={series.points} thickness={6} />
      <Scatter data={series.points} shape={Marker} isAnimationActive={false} />
      {series.rows.map((row, i) =>
        row.note ? <NoteLabel key={`note-${row.issue}`} note={row.note} y={i} /> : null,
      )}
      <Tooltip
        cursor={false}
        isAnimationActive={false}
        content={({ active, payload }) => (
          <StripTooltip marker={active ? (payload?.[0]?.payload as StackedPoint) : undefined} />
        )}
      />
    </ScatterChart>
  );
}
