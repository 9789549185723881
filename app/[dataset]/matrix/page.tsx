import { redirect } from 'next/navigation';
import { MatrixControls } from '@/components/matrix/MatrixControls';
import { MatrixPager } from '@/components/matrix/MatrixPager';
import { MatrixTable } from '@/components/matrix/MatrixTable';
import { PartyPicker } from '@/components/matrix/PartyPicker';
import { datasetViewOr404, titledPage, type DatasetPageProps } from '@/lib/data/route';
import { clearFiltersHref, csvHref, sortLinks } from '@/lib/matrix/controls';
import { buildMatrix } from '@/lib/matrix/model';
import { pagerFor } from '@/lib/matrix/pages';
import { partyPicker } from '@/lib/matrix/picker';
import { isCanonicalQuery } from '@/lib/matrix/url';
import { partyStyles } from '@/lib/style/palette';
import { ROWS_PER_PAGE, toQueryString, viewHref, type ViewState } from '@/lib/url/query';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import { matrixHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { count } from '@/lib/wording/numbers';
import { isolate } from '@/lib/wording/text';

export const generateMetadata = titledPage('Position matrix');

/**
 * The review part of a workspace matrix's summary: " · 3 of the 40 coded cells shown are
 * unreviewed", or with `?review=` " · 2 cells challenged shown, other states filtered out".
 */
function reviewSummary(
  reviewed: { shown: number; unreviewed: number } | undefined,
  filter: ViewState['review'],
): string {
  if (!reviewed) return '';
  if (filter)
    return ` · ${count(reviewed.shown, 'cell')} ${REVIEW_STATE_WORDS[filter].toLowerCase()} shown, other review states filtered out`;
  if (reviewed.shown === 0) return ' · no coded cell shown';
  return ` · ${reviewed.unreviewed} of the ${count(reviewed.shown, 'coded cell')} shown ${reviewed.unreviewed === 1 ? 'is' : 'are'} unreviewed`;
}

/** The position matrix: every chosen party's position on every issue, side by side, rendered on the server. */
export default async function MatrixPage(props: DatasetPageProps) {
  const { entry, dataset, query: raw, state, notes } = await datasetViewOr404(props);
  const path = matrixHref(dataset.id);
  const review = entry.review;
  if (state.review && !review)
    notes.push(
      `Ignored review=${state.review}: this dataset is kept in a folder, not in the workspace, so it has no review.`,
    );
  const matrix = buildMatrix(dataset, state, {
    paged: true,
    review: review && { states: review.states, filter: state.review },
  });
  const shown = matrix.paging;
  if (shown.missing !== undefined)
    notes.push(`There is no page ${shown.missing}; showing the last page, ${shown.page}.`);
  const canonical = toQueryString(state, dataset);
  // A submitted form sends every field; send the reader on to the short, shareable link.
  if (notes.length === 0 && !isCanonicalQuery(raw, canonical))
    redirect(matrixHref(dataset.id, canonical));

  const filtered = Boolean(state.q || state.only || state.issues || state.review);
  const roundWords = `${isolate(matrix.round.label)} (${formatDate(matrix.round.date)})`;
  const paged = shown.pageCount > 1;
  const summary = `${count(matrix.matching, 'issue')} of ${matrix.totalIssues} × ${count(
    matrix.columns.length,
    'party',
    'parties',
  )} · positions in force at ${roundWords}${
    paged
      ? ` · issues ${shown.first}–${shown.last} shown (page ${shown.page} of ${shown.pageCount})`
      : ''
  }${reviewSummary(matrix.reviewed, state.review)}`;
  const pager = paged ? pagerFor(dataset, state, path, shown) : undefined;

  return (
    <>
      <h1>Position matrix</h1>
      {matrix.matching > 0 ? (
        <p className="phone-only small">
          <a href="#matrix-table">Skip the filters to the table ↓</a>
        </p>
      ) : null}
      <p className="muted small">
        What each party wants on each issue, on the issue&apos;s own 0-100 scale (what 0 and 100
        mean is under each issue&apos;s question). Open a cell for its evidence.{' '}
        {matrix.isLatest ? null : (
          <>
            Viewing an earlier round:{' '}
            <a href={viewHref(path, { ...state, round: undefined }, {}, dataset)}>see the latest</a>
            .
          </>
        )}
      </p>
      {notes.map((note) => (
        <p key={note} className="notice" role="status">
          {note}
        </p>
      ))}
      <MatrixControls
        action={path}
        state={state}
        rounds={matrix.rounds}
        roundShown={matrix.round.id}
        sorts={sortLinks(dataset, state, path)}
        downloadHref={csvHref(dataset, state)}
        downloadLabel={paged ? `Download CSV (all ${count(shown.total, 'issue')})` : 'Download CSV'}
        clearHref={filtered ? clearFiltersHref(dataset, state, path) : undefined}
        choosePageSize={matrix.totalIssues > ROWS_PER_PAGE[0]}
        reviewFilter={review !== undefined}
      />
      <PartyPicker
        action={path}
        state={state}
        entries={partyPicker(dataset, state, path)}
        styles={partyStyles(dataset.parties)}
        allHref={viewHref(path, { ...state, parties: undefined }, {}, dataset)}
        summary={`Parties: ${matrix.columns.length} of ${dataset.parties.length} shown (choose and order)`}
      />
      <p className="small" aria-live="polite">
        {summary}
      </p>
      {matrix.matching === 0 ? (
        <p className="notice">
          No issue matches these filters.{' '}
          <a href={clearFiltersHref(dataset, state, path)}>Clear the filters</a>
        </p>
      ) : (
        <>
          {pager ? <MatrixPager pager={pager} label="Matrix pages, above the table" /> : null}
          <MatrixTable
            datasetId={dataset.id}
            caption={summary}
            columns={matrix.columns}
            rows={matrix.rows}
          />
          {pager ? <MatrixPager pager={pager} label="Matrix pages, below the table" /> : null}
        </>
      )}
    </>
  );
}
