'use client';

import { usePlotArea, useYAxisScale } from 'recharts';

/** Row titles written above each row, left-aligned across the plot (so long titles need no axis column). */
export function RowTitles({
  rows,
  dy = -22,
}: {
  rows: readonly { y: number; title: string }[];
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
              {row.title}
            </text>
          </g>
        );
      })}
    </g>
  );
}
