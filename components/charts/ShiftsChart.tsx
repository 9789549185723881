'use client';

import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { ShiftLine, ShiftPoint, ShiftSeries } from '@/lib/charts/shifts';
import { PartyMarker } from './PartyMarker';
import styles from './ChartFigure.module.css';

/** Props of ShiftsChart: `series` from `shiftSeries`, box `height` (SHIFTS_HEIGHT), optional fixed `width`. */
export interface ShiftsChartProps {
  series: ShiftSeries;
  height: number;
  width?: number;
}

const TICKS = [0, 25, 50, 75, 100];
const MARGIN = { top: 16, right: 110, bottom: 4, left: 0 };

/** A full marker where the round coded the party's value; a small dot where it is carried from an earlier round. */
function dotFor(line: ShiftLine) {
  return function Dot(props: unknown) {
    const { cx, cy, index, payload } = props as {
      cx?: number;
      cy?: number;
      index?: number;
      payload?: ShiftPoint;
    };
    if (cx === undefined || cy === undefined || cy === null)
      return <g key={`${line.id}-${index}`} />;
    const carried = payload?.carriedFrom[line.id] !== undefined;
    return (
      <g key={`${line.id}-${index}`}>
        {carried ? (
          <circle
            cx={cx}
            cy={cy}
            r={2.5}
            data-party={line.id}
            data-carried="true"
            style={{ fill: line.colour }}
          />
        ) : (
          <PartyMarker
            party={line.id}
            shape={line.shape}
            colour={line.colour}
            cx={cx}
            cy={cy}
            r={6}
          />
        )}
        {index === line.last && line.endLabel ? (
          <text className="chart-label" x={cx + 10} y={cy} dominantBaseline="middle">
            {line.endLabel}
          </text>
        ) : null}
      </g>
    );
  };
}

function ShiftTooltip({
  point,
  lines,
}: {
  point: ShiftPoint | undefined;
  lines: readonly ShiftLine[];
}) {
  if (!point) return null;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>{point.dateText}</strong>: {point.label}
      </p>
      {lines.map((line) => (
        <p key={line.id}>
          {line.name}: {point.values[line.id] ?? 'no stated position yet'}
          {point.carriedFrom[line.id]
            ? ` (carried from ${point.carriedFrom[line.id]?.dateText})`
            : ''}
        </p>
      ))}
    </div>
  );
}

/** Each party's value on one issue across rounds (dated), a line per party in its colour and marker. */
export function ShiftsChart({ series, height, width }: ShiftsChartProps) {
  const sizing =
    width === undefined
      ? { responsive: true, style: { width: '100%', height } }
      : { width, height };
  return (
    <LineChart {...sizing} data={series.points} margin={MARGIN}>
      <XAxis dataKey="dateText" padding={{ left: 24, right: 24 }} />
      <YAxis type="number" domain={[0, 100]} ticks={TICKS} width={36} />
      {series.lines.map((line) => (
        <Line
          key={line.id}
          dataKey={(p: ShiftPoint) => p.values[line.id]}
          name={line.name}
          stroke={line.colour}
          strokeWidth={2}
          dot={dotFor(line)}
          activeDot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
      <Tooltip
        isAnimationActive={false}
        content={({ active, payload }) => (
          <ShiftTooltip
            point={active ? (payload?.[0]?.payload as ShiftPoint) : undefined}
            lines={series.lines}
          />
        )}
      />
    </LineChart>
  );
}
