import type { Dataset } from '@/lib/model';
import { cellAnchor } from '@/lib/url/anchors';
import {
  DEFAULT_VIEW,
  type KeptView,
  type ViewState,
  toQueryString,
  viewHref,
} from '@/lib/url/query';
import { evidenceHref, matrixHref } from '@/lib/url/routes';
import { issueOrder } from './model';
import { pageContaining } from './pages';

/** What links between a cell's evidence and the matrix keep of a view: its round and kept parameters. */
export type CellView = Pick<ViewState, 'round'> & KeptView;

/**
 * The way back from a cell's evidence to the cell in the matrix: the default view at the cell's
 * round, keeping the version, orientation, what-if and reviewed-only given, on the page that
 * holds the issue, scrolled to the cell.
 */
export function matrixCellHref(
  dataset: Dataset,
  issueId: string,
  partyId: string,
  cell: CellView = {},
): string {
  const view: ViewState = {
    ...DEFAULT_VIEW,
    round: cell.round,
    version: cell.version,
    orient: cell.orient,
    whatif: cell.whatif,
    reviewed: cell.reviewed,
  };
  const page =
    dataset.issues.length > view.rows
      ? pageContaining(issueOrder(dataset, view), issueId, view.rows)
      : 1;
  return `${viewHref(matrixHref(dataset.id), view, { page }, dataset)}#${cellAnchor(issueId, partyId)}`;
}

/**
 * A cell's evidence page at a round (the latest when none), keeping the version, orientation,
 * what-if and reviewed-only given: the history's round links and the conditions' links.
 */
export function cellEvidenceHref(
  dataset: Dataset,
  issueId: string,
  partyId: string,
  cell: CellView = {},
): string {
  const query = toQueryString(
    {
      round: cell.round,
      version: cell.version,
      orient: cell.orient,
      whatif: cell.whatif,
      reviewed: cell.reviewed,
    },
    dataset,
  );
  return evidenceHref(dataset.id, issueId, partyId, query);
}
