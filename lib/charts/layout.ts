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

/**
 * RULE: a chart of issues drawn on a page (the stacked strips, the ranking) shows at most this
 * many, the most divided first, so it stays a readable height and a light page at 300 issues;
 * its caption speaks of every issue and its CSV keeps them all.
 */
export const ISSUES_DRAWN = 30;

/**
 * RULE: the alignment heatmap drawn on a page shows at most this many parties, those most in
 * disagreement (lowest mean alignment with the others), so it stays a readable size and a light
 * page at 60 parties; its caption speaks of every pair and its CSV keeps them all.
 */
export const PARTIES_DRAWN = 30;

/** Height of the shifts chart. */
export const SHIFTS_HEIGHT = 280;

/** Geometry of the alignment heatmap: a label column and a header row, then one cell per pair. */
export function heatmapLayout(parties: number) {
  const label = 96;
  const header = 44;
  const cellWidth = 76;
  const cellHeight = 48;
  return {
    width: label + parties * cellWidth + 4,
    height: header + parties * cellHeight + 4,
    /** Centre of column i's header marker and the baseline of its name. */
    column: (i: number) => ({ cx: label + i * cellWidth + cellWidth / 2, markerY: 12, textY: 34 }),
    /** Centre line of row i, for its marker and name. */
    row: (i: number) => ({ cy: header + i * cellHeight + cellHeight / 2, markerX: 10, textX: 22 }),
    /** The rectangle of cell (i, j), inset by 1px, with baselines for its score and count. */
    cell: (i: number, j: number) => {
      const x = label + j * cellWidth;
      const y = header + i * cellHeight;
      return {
        x: x + 1,
        y: y + 1,
        width: cellWidth - 2,
        height: cellHeight - 2,
        cx: x + cellWidth / 2,
        scoreY: y + 20,
        countY: y + 36,
      };
    },
  };
}
