/** Fixed chart sizes, computed from the data on the server so nothing moves when the chart hydrates. */

/** Height in pixels of one issue's position strip with this many markers (one lane each). */
export function stripHeight(markers: number): number {
  return 96 + Math.max(markers, 1) * 30;
}

/** Height in pixels of the stacked strips for this many issues. */
export function stackedHeight(issues: number): number {
  return 36 + Math.max(issues, 1) * 54 + 8;
}

/** Height in pixels of the disagreement ranking for this many issues. */
export function rankingHeight(rows: number): number {
  return 20 + Math.max(rows, 1) * 50 + 30;
}

/** Height of the shifts chart. */
export const SHIFTS_HEIGHT = 280;

/** Geometry of the alignment heatmap: label column and header row, then square-ish cells. */
export function heatmapLayout(parties: number) {
  const label = 96;
  const header = 44;
  const cellWidth = 76;
  const cellHeight = 48;
  return {
    label,
    header,
    cellWidth,
    cellHeight,
    width: label + parties * cellWidth + 4,
    height: header + parties * cellHeight + 4,
  };
}
