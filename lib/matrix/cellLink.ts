import type { Dataset } from '@/lib/model';
import { cellAnchor } from '@/lib/url/anchors';
import { DEFAULT_VIEW, type ViewState, viewHref } from '@/lib/url/query';
import { matrixHref } from '@/lib/url/routes';
import { issueOrder } from './model';
import { pageContaining } from './pages';

/**
 * The way back from a cell's evidence to the cell in the matrix: the default view at the cell's
 * round (and version), on the page that holds the issue, scrolled to the cell.
 */
export function matrixCellHref(
  dataset: Dataset,
  issueId: string,
  partyId: string,
  round: string | undefined,
  version?: string,
): string {
  const view: ViewState = { ...DEFAULT_VIEW, round, version };
  const page =
    dataset.issues.length > view.rows
      ? pageContaining(issueOrder(dataset, view), issueId, view.rows)
      : 1;
  return `${viewHref(matrixHref(dataset.id), view, { page }, dataset)}#${cellAnchor(issueId, partyId)}`;
}
