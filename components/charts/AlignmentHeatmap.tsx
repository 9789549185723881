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
        const left = g.label + i * g.cellWidth;
        const top = g.header + i * g.cellHeight;
        return (
          <g key={p.id}>
            <PartyMarker
              party={p.id}
              shape={p.shape}
              colour={p.colour}
              cx={left + g.cellWidth / 2}
              cy={12}
              r={6}
            />
            <text className="chart-label" x={left + g.cellWidth / 2} y={34} textAnchor="middle">
              {p.shortName}
            </text>
            <PartyMarker
              party={p.id}
              shape={p.shape}
              colour={p.colour}
              cx={10}
              cy={top + g.cellHeight / 2}
              r={6}
            />
            <text
              className="chart-label"
              x={22}
              y={top + g.cellHeight / 2}
              dominantBaseline="middle"
            >
              {p.shortName}
            </text>
          </g>
        );
      })}
      {series.rows.map((row, i) =>
        row.map((cell, j) => {
          const x = g.label + j * g.cellWidth;
          const y = g.header + i * g.cellHeight;
          const cx = x + g.cellWidth / 2;
          return (
            <g key={`${cell.a}-${cell.b}`} data-cell={`${cell.a}-${cell.b}`}>
              <title>{cell.text}</title>
              <rect
                x={x + 1}
                y={y + 1}
                width={g.cellWidth - 2}
                height={g.cellHeight - 2}
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
                  <text className="heat-score" x={cx} y={y + 20} textAnchor="middle">
                    {points(cell.score)}
                  </text>
                  <text className="heat-count" x={cx} y={y + 36} textAnchor="middle">
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
