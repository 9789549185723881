'use client';

import { usePlotArea, useYAxisScale } from 'recharts';
import { fitLabel } from '@/lib/charts/labels';
import { isolate } from '@/lib/wording/text';

/** The titles' font size in pixels (bold; see .row-title in ChartFigure.module.css). */
const TITLE_FONT = 12;

/** Row titles written above each row, left-aligned across the plot (so long titles need no axis column). */
export function RowTitles({
  rows,
  dy = -22,
}: {
  rows: readonly { y: number; title: string; gap?: string; zone?: string }[];
  dy?: number;
}) {
  const plot = usePlotArea();
  const y = useYAxisScale();
  if (!plot || !y) return null;
  return (
    <g className="row-titles">
      {rows.map((row) => {
        const middle = (y(row.y) ?? 0) + dy;
        return (
          <g key={`${row.y}-${row.title}`}>
            <line
              className="row-line"
              x1={plot.x}
              x2={plot.x + plot.width}
              y1={middle - 11}
              y2={middle - 11}
            />
            <text className="row-title" x={plot.x} y={middle}>
              <title>{row.title}</title>
              {isolate(
                fitLabel(row.title, plot.width, TITLE_FONT, {
                  weight: 'bold',
                  reserve: (row.gap ?? row.zone ?? '').length + 2,
                }),
              )}
              {row.gap ? (
                <tspan className="gap-label" dx={10}>
                  {row.gap}
                </tspan>
              ) : null}
              {row.zone ? (
                <tspan className="zone-label" dx={10}>
                  {row.zone}
                </tspan>
              ) : null}
            </text>
          </g>
        );
      })}
    </g>
  );
}
