import { positionsToCsv, type PositionKey } from '@/lib/csv/positions';
import { appendCsvColumn } from '@/lib/csv/write';
import type { Dataset } from '@/lib/model';
import { positionCellKey, type ReviewState } from '@/lib/review/state';
import type { ViewState } from '@/lib/url/query';
import type { MatrixModel } from './model';

/** A dataset's version as exports carry it: its as-of date and a short hash of its files. */
export interface DatasetVersion {
  asOf: string;
  hash: string;
  /** "2025-05-22-1a2b3c4d": safe in a file name and a header. */
  label: string;
}

/** The version of a dataset from its as-of date and content hash. */
export function datasetVersion(asOf: string, hash: string): DatasetVersion {
  return { asOf, hash, label: hash ? `${asOf}-${hash}` : asOf };
}

/**
 * The positions a matrix shows, row by row and column by column, each under the round it dates
 * from (cells `?review=` filters out are not shown, so not exported).
 */
export function matrixCells(matrix: MatrixModel): PositionKey[] {
  return matrix.rows.flatMap((row) =>
    row.cells.flatMap((cell) =>
      cell.kind === 'not-coded' || cell.kind === 'not-at-table' || cell.reviewFilteredOut
        ? []
        : [
            {
              party: cell.party,
              issue: cell.issue,
              round: cell.carriedFrom?.id ?? matrix.round.id,
            },
          ],
    ),
  );
}

/**
 * The matrix as CSV, exactly as the view shows it: the chosen parties and issues left by `q` and
 * `only`, the positions in force at the round viewed (each row keeps the round it was coded in,
 * so the file re-imports), in the matrix's order. Only data rows: the version goes in the file name.
 */
export function matrixCsv(dataset: Dataset, matrix: MatrixModel): string {
  return positionsToCsv(dataset, { cells: matrixCells(matrix) });
}

/** The download's file name: dataset id, version, and "-filtered" when the view leaves things out. */
export function matrixCsvFilename(
  dataset: Dataset,
  version: DatasetVersion,
  state: ViewState,
): string {
  const filtered =
    state.parties || state.issues || state.q || state.only || state.round || state.review;
  // A flipped reading says so in its name; its flipped issues' titles carry the mark inside.
  const oriented = state.orient ? `-oriented-${state.orient}` : '';
  const reviewed = state.reviewed ? '-approved-only' : '';
  return `${dataset.id}-matrix-${version.label}${filtered ? '-filtered' : ''}${oriented}${reviewed}.csv`;
}

/**
 * A positions CSV of a workspace dataset: every row gains a last column `review` (awaiting,
 * challenged or approved: the state of the cell it came from). Folder datasets have no review
 * and pass through. The importer ignores the column (it is not part of a coding).
 */
export function reviewCsv(
  states: ReadonlyMap<string, ReviewState> | undefined,
  body: string,
): string {
  if (!states) return body;
  return appendCsvColumn(
    body,
    'review',
    (row) => states.get(positionCellKey(row('party'), row('issue'), row('round'))) ?? 'awaiting',
  );
}
