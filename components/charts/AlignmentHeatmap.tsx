import type { HeatmapSeries } from '@/lib/charts/heatmap';
import { shortTitle } from '@/lib/charts/labels';
import { heatmapLayout } from '@/lib/charts/layout';
import { points } from '@/lib/wording/numbers';
import { isolate } from '@/lib/wording/text';
import { PartyMarker } from './PartyMarker';

/** Names longer than fit a column (76 px) or the row labels (74 px) are cut. */
const NAME_CHARS = 11;

/** A party's name as a label: cut to fit, isolated for right-to-left names, the full name in a tooltip. */
function NameText({ party }: { party: { name: string; shortName: string } }) {
  return (
    <>
      <title>{party.name}</title>
      {isolate(shortTitle(party.shortName, NAME_CHARS))}
    </>
  );
}

/** The smallest the heatmap is drawn (score text at about 10 px); a wider grid scrolls. */
const MIN_SCALE = 0.7;

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
      // Shrinks to fit the page, but never below MIN_SCALE of its size: past that it scrolls.
      style={{
        width: `max(100%, ${Math.round(g.width * MIN_SCALE)}px)`,
        maxWidth: g.width,
        height: 'auto',
        display: 'block',
      }}
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
              <NameText party={p} />
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
              <NameText party={p} />
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
