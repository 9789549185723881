'use client';

import { ZIndexLayer, useXAxisScale, useYAxisScale } from 'recharts';

/** A marker's acceptable range, placed at its vertical value `y`. */
export interface RangeBar {
  party: string;
  colour: string;
  y: number;
  range?: { min: number; max: number };
}

/** Acceptable ranges as bars in each party's colour, drawn under the markers (inside a Recharts chart). */
export function RangeBars({
  bars,
  thickness = 8,
}: {
  bars: readonly RangeBar[];
  thickness?: number;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <ZIndexLayer zIndex={550}>
      <g className="range-bars">
        {bars.map((bar) => {
          if (!bar.range) return null;
          const left = x(bar.range.min) ?? 0;
          const right = x(bar.range.max) ?? 0;
          const middle = y(bar.y) ?? 0;
          return (
            <rect
              key={`${bar.party}-${bar.y}`}
              data-range={bar.party}
              x={left}
              y={middle - thickness / 2}
              width={Math.max(right - left, 2)}
              height={thickness}
              rx={thickness / 2}
              style={{ fill: bar.colour, fillOpacity: 0.3, stroke: bar.colour, strokeWidth: 1 }}
            />
          );
        })}
      </g>
    </ZIndexLayer>
  );
}
