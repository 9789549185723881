import type { HeatmapSeries } from '@/lib/charts/heatmap';
import { heatmapLayout } from '@/lib/charts/layout';
import { points } from '@/lib/view/format';
import { PartyMarker } from './PartyMarker';

/**
 * Party × party alignment as a grid drawn on the server (no JavaScript needed): each cell shows the
 * score and how many issues were compared; a pair with nothing comparable is left blank (not 0).
 */
export function AlignmentHeatmap({ series }: { series: HeatmapSeries }) {
  const g = heatmapLayout(series.parties.length);
  return (
    <svg
      data-chart="alignment-heatmap"
      width={g.width}
      height={g.height}
      viewBox={`0 0 ${g.width} ${g.height}`}
      aria-hidden="true"
      style={{ maxWidth: '100%', height: 'auto' }}
    >
      {series.parties.map((p, i) => {
        const column = g.column(i);
        const row = g.row(i);
        return (
          <g key={p.id}>
            <PartyMarker
              party={p.id}
              shape={p.shape}
              colour={p.colour}
              cx={column.cx}
              cy={column.markerY}
              r={6}
            />
            <text className="chart-label" x={column.cx} y={column.textY} textAnchor="middle">
              {p.shortName}
            </text>
            <PartyMarker
              party={p.id}
              shape={p.shape}
              colour={p.colour}
              cx={row.markerX}
              cy={row.cy}
              r={6}
            />
            <text className="chart-label" x={row.textX} y={row.cy} dominantBaseline="middle">
              {p.shortName}
            </text>
          </g>
        );
      })}
      {series.rows.map((cells, i) =>
        cells.map((cell, j) => {
          const box = g.cell(i, j);
          return (
            <g key={`${cell.a}-${cell.b}`} data-cell={`${cell.a}-${cell.b}`}>
              <title>{cell.text}</title>
              <rect
                x={box.x}
                y={box.y}
                width={box.width}
                height={box.height}
                rx={3}
                style={
                  cell.self
                    ? { fill: 'var(--panel)' }
                    : cell.score === undefined
                      ? { fill: 'none', stroke: 'var(--line)', strokeDasharray: '3 3' }
                      : { fill: `color-mix(in srgb, var(--heat) ${cell.shade}%, var(--bg))` }
                }
              />
              {cell.score !== undefined ? (
                <>
                  <text className="heat-score" x={box.cx} y={box.scoreY} textAnchor="middle">
                    {points(cell.score)}
                  </text>
                  <text className="heat-count" x={box.cx} y={box.countY} textAnchor="middle">
                    n = {cell.compared}
                  </text>
                </>
              ) : null}
            </g>
          );
        }),
      )}
    </svg>
  );
}
