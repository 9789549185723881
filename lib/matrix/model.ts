import { issueDisagreement, takeSnapshot, type Snapshot } from '@/lib/analysis';
import type { Dataset, Party, Round } from '@/lib/model';
import { positionCellKey, type ReviewState } from '@/lib/review/state';
import { type PartyStyle, partyStyles } from '@/lib/style/palette';
import { type ViewState, toQueryString } from '@/lib/url/query';
import { matrixCellView } from './cell';
import { pageOfRows, type RowPage } from './pages';
import {
  type MatrixRow,
  type MatrixRowHead,
  type RowDisagreement,
  sortAndFilterRows,
} from './table';

/** A party as a matrix column. */
export interface MatrixColumn {
  party: Party;
  style: PartyStyle;
  /** False when the party is not at the table in the round shown (its cells then hold nothing). */
  atTable: boolean;
}

/** Everything the matrix page draws for one view. */
export interface MatrixModel {
  /** The round shown. */
  round: Round;
  /** True when the round shown is the latest (the default). */
  isLatest: boolean;
  /** The issues drawn, with their cells: every matching issue, or with `paged` the view's page. */
  rows: MatrixRow[];
  /** Every round in time order. */
  rounds: Round[];
  columns: MatrixColumn[];
  /** How many issues the filters keep (all pages). */
  matching: number;
  /** How many issues the dataset has (before filtering). */
  totalIssues: number;
  /** Which page `rows` is; without `paged`, page 1 of 1 holding every matching issue. */
  paging: Omit<RowPage<unknown>, 'rows'>;
  /** A workspace matrix: the coded cells drawn and how many of them are not approved. */
  reviewed?: { shown: number; unreviewed: number };
}

/** A workspace matrix's review: every cell's state, and the state `?review=` keeps. */
export interface MatrixReview {
  states: ReadonlyMap<string, ReviewState>;
  filter?: ReviewState;
}

/** The review state of a snapshot cell's position (none for a cell with nothing in force). */
function cellReviewState(
  cell:
    | { party: string; issue: string; position?: unknown; fromRound?: Round; atTable: boolean }
    | undefined,
  review: MatrixReview | undefined,
): ReviewState | undefined {
  if (!review || !cell?.atTable || !cell.position || !cell.fromRound) return undefined;
  return (
    review.states.get(positionCellKey(cell.party, cell.issue, cell.fromRound.id)) ?? 'awaiting'
  );
}

function disagreementOf(snapshot: Snapshot, issue: string, names: Map<string, string>) {
  const d = issueDisagreement(snapshot, issue);
  let disagreement: RowDisagreement = { kind: 'none' };
  if (d.widest) {
    const { distance, rangeGap, ranged, a, b } = d.widest;
    disagreement = {
      kind: 'gap',
      distance,
      rangeGap,
      ranged,
      a,
      b,
      aName: names.get(a) ?? a,
      bName: names.get(b) ?? b,
    };
  } else if (d.known === 1) {
    const party = snapshot.known.get(issue)?.[0]?.party ?? '';
    disagreement = { kind: 'one-side', party, partyName: names.get(party) ?? party };
  }
  return {
    disagreement,
    distance: d.widest?.distance,
    rangeGap: d.maxRangeGap,
    known: d.known,
  };
}

/** The snapshot and columns of a view, shared by the rows' heads and their cells. */
function matrixContext(dataset: Dataset, state: ViewState) {
  const snapshot = takeSnapshot(dataset, { round: state.round, parties: state.parties });
  const styles = partyStyles(dataset.parties);
  const partyById = new Map(dataset.parties.map((p) => [p.id, p]));
  const present = new Set(snapshot.atTable);
  const columns: MatrixColumn[] = snapshot.parties.flatMap((id) => {
    const party = partyById.get(id);
    const style = styles.get(id);
    return party && style ? [{ party, style, atTable: present.has(id) }] : [];
  });
  return {
    snapshot,
    columns,
    cellQuery: toQueryString({ round: state.round, version: state.version }, dataset),
  };
}

type MatrixContext = ReturnType<typeof matrixContext>;

/** Every chosen issue as a row without its cells, filtered and sorted: cheap enough to order 300 issues × 60 parties. */
function rowHeads(
  dataset: Dataset,
  state: ViewState,
  { snapshot, columns }: MatrixContext,
  review?: MatrixReview,
) {
  const names = new Map(dataset.parties.map((p) => [p.id, p.shortName]));
  const chosenIssues = state.issues ? new Set(state.issues) : undefined;
  const filter = review?.filter;
  // `?review=`: an issue is kept when one of its shown cells is in that state.
  const hasReviewState = (issueId: string) =>
    columns.some(
      ({ party }) => cellReviewState(snapshot.cells.get(issueId)?.get(party.id), review) === filter,
    );
  const heads: MatrixRowHead[] = dataset.issues
    .filter((issue) => !chosenIssues || chosenIssues.has(issue.id))
    .filter((issue) => filter === undefined || hasReviewState(issue.id))
    .map((issue) => {
      const row = snapshot.cells.get(issue.id);
      const saliences = (snapshot.known.get(issue.id) ?? []).flatMap((k) =>
        k.salience === undefined ? [] : [k.salience],
      );
      const searchText = [issue.title, issue.question, issue.category ?? '']
        .concat(columns.map(({ party }) => row?.get(party.id)?.position?.label ?? ''))
        .join('\n');
      const head: MatrixRowHead = {
        issue,
        ...disagreementOf(snapshot, issue.id, names),
        searchText,
      };
      if (saliences.length) head.salience = Math.max(...saliences);
      return head;
    });
  return sortAndFilterRows(heads, state);
}

/** A row with its cells, in column order. */
function withCells(
  dataset: Dataset,
  head: MatrixRowHead,
  context: MatrixContext,
  review?: MatrixReview,
): MatrixRow {
  const row = context.snapshot.cells.get(head.issue.id);
  const cells = context.columns.map(({ party, style }) => {
    const resolved = row?.get(party.id) ?? {
      party: party.id,
      issue: head.issue.id,
      carried: false,
      atTable: true,
    };
    const view = matrixCellView(
      resolved,
      head.issue,
      party,
      style.colour,
      dataset.id,
      context.cellQuery,
    );
    const reviewState = cellReviewState(resolved, review);
    if (reviewState) {
      view.review = reviewState;
      if (review?.filter && review.filter !== reviewState) view.reviewFilteredOut = true;
    }
    return view;
  });
  return { ...head, cells };
}

/**
 * The matrix for a view: the chosen parties in the chosen order, the positions in force at the
 * chosen round (carried forward from older rounds where needed), filtered and sorted; with
 * `paged`, only the view's page of issues (`state.page`, `state.rows` a page) gets its cells.
 * The state's ids must already be checked against the dataset (parseViewState does that).
 */
export function buildMatrix(
  dataset: Dataset,
  state: ViewState,
  { paged = false, review }: { paged?: boolean; review?: MatrixReview } = {},
): MatrixModel {
  const context = matrixContext(dataset, state);
  const { snapshot } = context;
  const heads = rowHeads(dataset, state, context, review);
  const { rows, ...paging } = paged
    ? pageOfRows(heads, state.page, state.rows)
    : pageOfRows(heads, 1, Math.max(1, heads.length));
  const drawn = rows.map((head) => withCells(dataset, head, context, review));
  const model: MatrixModel = {
    round: snapshot.round,
    isLatest: snapshot.round.id === snapshot.rounds[snapshot.rounds.length - 1]?.id,
    rounds: snapshot.rounds,
    columns: context.columns,
    rows: drawn,
    matching: heads.length,
    totalIssues: dataset.issues.length,
    paging,
  };
  if (review) {
    const states = drawn.flatMap((r) =>
      r.cells.flatMap((c) => (c.review && !c.reviewFilteredOut ? [c.review] : [])),
    );
    model.reviewed = {
      shown: states.length,
      unreviewed: states.filter((s) => s !== 'approved').length,
    };
  }
  return model;
}

/** The ids of the issues a view keeps, in its order (no cells are built). */
export function issueOrder(dataset: Dataset, state: ViewState, review?: MatrixReview): string[] {
  return rowHeads(dataset, state, matrixContext(dataset, state), review).map(
    (head) => head.issue.id,
  );
}
