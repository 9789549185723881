import type { CellStatus } from '@/lib/analysis';
import type { ReviewState } from '@/lib/review/state';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import { codingItemHref } from '@/lib/url/routes';
import { statusLabel } from '@/lib/wording/status';
import type { MatrixModel } from './model';

/** One cell of the editing grid: what it shows, and where Enter takes the coder. */
export interface GridCell {
  party: string;
  status: CellStatus;
  /** The label, or the status in words ("No stated position", "Not coded"). */
  text: string;
  value?: number;
  /** The coding shown, `party/issue/round` (the round it was coded in); undefined when none is. */
  key?: string;
  /** The round the shown coding dates from, when older than the round viewed. */
  carriedFrom?: string;
  /** The review state of the coding shown (a workspace dataset's), when it has one. */
  review?: ReviewState;
  /** The cell's editor: the coding's form, or the new coding's form of this cell when it has none. */
  editHref: string;
  /** Words for a screen reader: "Russia on Ceasefire: Rejects it, 10 of 100. Enter edits." */
  description: string;
}

/** One row of the editing grid: an issue, what sorting and the filter read, and its cells. */
export interface GridRow {
  issue: string;
  title: string;
  /** The largest distance between two shown parties; undefined with fewer than two values. */
  distance?: number;
  salience?: number;
  known: number;
  /** What the filter searches (title, question, category, labels), folded as the read view does. */
  searchText: string;
  cells: GridCell[];
}

/**
 * The editing grid's rows, in the matrix's order, from the read view's model of the same view;
 * `reviews` (cell key → state) marks each coding's review state.
 */
export function editingGridRows(
  datasetId: string,
  model: MatrixModel,
  reviews: ReadonlyMap<string, ReviewState> = new Map(),
): GridRow[] {
  return model.rows.map((row) => ({
    issue: row.issue.id,
    title: row.issue.title,
    distance: row.distance,
    salience: row.salience,
    known: row.known,
    searchText: row.searchText,
    cells: row.cells.map((cell): GridCell => {
      const coded = cell.kind !== 'not-coded' && cell.kind !== 'not-at-table';
      const round = cell.carriedFrom?.id ?? model.round.id;
      const key = coded ? `${cell.party}/${cell.issue}/${round}` : undefined;
      const text = cell.label ?? statusLabel(cell.kind);
      const value = cell.value === undefined ? '' : `, ${cell.value} of 100`;
      const carried = cell.carriedFrom ? ` (coded in ${cell.carriedFrom.label})` : '';
      const review = key ? reviews.get(key) : undefined;
      const reviewWords = review ? `. ${REVIEW_STATE_WORDS[review]}` : '';
      const grid: GridCell = {
        party: cell.party,
        status: cell.kind,
        text,
        key,
        // An empty cell opens the editor of that very cell (party, issue and round filled in).
        editHref: codingItemHref(
          datasetId,
          'positions',
          key ?? `${cell.party}/${cell.issue}/${model.round.id}`,
        ),
        description: `${cell.partyName} on ${row.issue.title}: ${text}${value}${carried}${reviewWords}. Enter ${key ? 'edits it' : 'codes it'}.`,
      };
      if (cell.value !== undefined) grid.value = cell.value;
      if (cell.carriedFrom) grid.carriedFrom = cell.carriedFrom.label;
      if (review) grid.review = review;
      return grid;
    }),
  }));
}

/** A place in the grid: row and column of the focused cell (column 0 is the issue's header). */
export interface GridPlace {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells (the WAI-ARIA grid pattern):
 * arrows by one, Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown
 * by ten rows; never off the grid. Undefined for any other key.
 */
export function movedPlace(
  at: GridPlace,
  key: string,
  size: { rows: number; cols: number },
  ctrl = false,
): GridPlace | undefined {
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), Math.max(max - 1, 0));
  const to = (row: number, col: number) => ({
    row: clamp(row, size.rows),
    col: clamp(col, size.cols),
  });
  switch (key) {
    case 'ArrowUp':
      return to(at.row - 1, at.col);
    case 'ArrowDown':
      return to(at.row + 1, at.col);
    case 'ArrowLeft':
      return to(at.row, at.col - 1);
    case 'ArrowRight':
      return to(at.row, at.col + 1);
    case 'Home':
      return ctrl ? to(0, 0) : to(at.row, 0);
    case 'End':
      return ctrl ? to(size.rows - 1, size.cols - 1) : to(at.row, size.cols - 1);
    case 'PageUp':
      return to(at.row - 10, at.col);
    case 'PageDown':
      return to(at.row + 10, at.col);
    default:
      return undefined;
  }
}
