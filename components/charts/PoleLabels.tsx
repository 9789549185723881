'use client';

import { usePlotArea } from 'recharts';
import { shortTitle } from '@/lib/charts/parties';

/** Average width of a character at the pole labels' size, to cut long wording to the plot's width. */
const CHAR_WIDTH = 6.2;

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
  const chars = Math.max(Math.floor(plot.width / CHAR_WIDTH), 12);
  const base = plot.y + plot.height + offset;
  return (
    <g className="pole-labels">
      <text className="pole-label" x={plot.x} y={base} textAnchor="start">
        <title>{`0 = ${zero}`}</title>
        {shortTitle(`0 = ${zero}`, chars)}
      </text>
      <text className="pole-label" x={plot.x + plot.width} y={base + 15} textAnchor="end">
        <title>{`100 = ${hundred}`}</title>
        {shortTitle(`100 = ${hundred}`, chars)}
      </text>
    </g>
  );
}
