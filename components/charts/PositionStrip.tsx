'use client';

import {
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { shortTitle } from '@/lib/charts/labels';
import type { StripMarker, StripSeries } from '@/lib/charts/strip';
import { isolate } from '@/lib/wording/text';
import { NoteLabel } from './NoteLabel';
import { scatterMarker } from './PartyMarker';
import { PoleLabels } from './PoleLabels';
import { RangeBars } from './RangeBars';
import { StripTooltip } from './StripTooltip';

/**
 * Props of PositionStrip.
 * - `series`: from `positionStripSeries` (lib/charts/strip.ts): markers, ranges, gap or zone, note.
 * - `height`: the box height in pixels (use `stripHeight(series.markers.length)`).
 * - `width`: a fixed width in pixels; leave it out to fill the container (needs a browser).
 * Colours: each party's own colour (hex) for markers; everything else follows CSS variables
 * (--fg, --muted, --line, --bg, --zone, --gap), so the strip reads on light and dark pages.
 */
export interface PositionStripProps {
  series: StripSeries;
  height: number;
  width?: number;
}

const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 26, right: 18, bottom: 40, left: 4 };

const Marker = scatterMarker();

/** Width of the party names' column, and the characters that fit in it on one line. */
const AXIS_WIDTH = 116;
const AXIS_CHARS = 14;

/** A party's name beside its lane, on one line: cut with an ellipsis when long, isolated for right-to-left names. */
function PartyTick({ x, y, name }: { x: number; y: number; name: string }) {
  return (
    <text className="chart-axis-name" x={x - 4} y={y} dy={4} textAnchor="end">
      <title>{name}</title>
      {isolate(shortTitle(name, AXIS_CHARS))}
    </text>
  );
}

/** One issue on its 0–100 scale: a lane per party with a position, ranges as bars, the zone of agreement or the gap. */
export function PositionStrip({ series, height, width }: PositionStripProps) {
  const lanes = Math.max(series.markers.length, 1);
  const domain: [number, number] = [-0.6, lanes - 0.4];
  const names = new Map(series.markers.map((m) => [m.row, m.shortName]));
  const sizing =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  const gap = series.gap;
  return (
    <ScatterChart {...sizing} margin={MARGIN}>
      <XAxis type="number" dataKey="value" domain={[0, 100]} ticks={TICKS} />
      <YAxis
        type="number"
        dataKey="row"
        domain={domain}
        reversed
        ticks={series.markers.map((m) => m.row)}
        interval={0}
        tick={(props: {
          x?: number | string;
          y?: number | string;
          payload?: { value?: number };
        }) => (
          <PartyTick
            x={Number(props.x)}
            y={Number(props.y)}
            name={names.get(props.payload?.value ?? -1) ?? ''}
          />
        )}
        width={AXIS_WIDTH}
        axisLine={false}
        tickLine={false}
      />
      {gap?.kind === 'gap' ? (
        <ReferenceArea
          x1={gap.from}
          x2={gap.to}
          className="gap-area"
          fill="var(--gap)"
          fillOpacity={0.13}
          ifOverflow="extendDomain"
          label={{ value: gap.text, position: 'top', className: 'gap-label' }}
        />
      ) : null}
      {gap?.kind === 'zone' && gap.max > gap.min ? (
        <ReferenceArea
          x1={gap.min}
          x2={gap.max}
          className="zone-area"
          fill="var(--zone)"
          fillOpacity={0.22}
          label={{ value: gap.text, position: 'top', className: 'zone-label' }}
        />
      ) : null}
      {gap?.kind === 'zone' && gap.max === gap.min ? (
        <ReferenceLine
          x={gap.min}
          className="zone-line"
          stroke="var(--zone)"
          strokeDasharray="4 3"
          label={{ value: gap.text, position: 'top', className: 'zone-label' }}
        />
      ) : null}
      <RangeBars bars={series.markers.map((m) => ({ ...m, y: m.row }))} />
      <Scatter data={series.markers} shape={Marker} isAnimationActive={false} />
      {series.note ? <NoteLabel note={series.note} y={0} /> : null}
      <PoleLabels zero={series.zero} hundred={series.hundred} />
      <Tooltip
        cursor={false}
        isAnimationActive={false}
        content={({ active, payload }) => (
          <StripTooltip marker={active ? (payload?.[0]?.payload as StripMarker) : undefined} />
        )}
      />
    </ScatterChart>
  );
}
