'use client';

import { usePlotArea } from 'recharts';
import { fitLabel } from '@/lib/charts/labels';

/** The pole labels' font size in pixels (see .pole-label in ChartFigure.module.css), and the fewest characters shown. */
const POLE_FONT = 11;
const POLE_MIN_CHARS = 12;

/** The scale's two ends in words under the axis: "0 = …" on the left, "100 = …" on the right (inside a Recharts chart). */
export function PoleLabels({
  zero,
  hundred,
  offset = 36,
}: {
  zero: string;
  hundred: string;
  offset?: number;
}) {
  const plot = usePlotArea();
  if (!plot) return null;
  const fit = (text: string) => fitLabel(text, plot.width, POLE_FONT, { min: POLE_MIN_CHARS });
  const base = plot.y + plot.height + offset;
  return (
    <g className="pole-labels">
      <text className="pole-label" x={plot.x} y={base} textAnchor="start">
        <title>{`0 = ${zero}`}</title>
        {fit(`0 = ${zero}`)}
      </text>
      <text className="pole-label" x={plot.x + plot.width} y={base + 15} textAnchor="end">
        <title>{`100 = ${hundred}`}</title>
        {fit(`100 = ${hundred}`)}
      </text>
    </g>
  );
}
