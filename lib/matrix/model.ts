import { issueDisagreement, takeSnapshot, type Snapshot } from '@/lib/analysis';
import type { Dataset, Party, Round } from '@/lib/model';
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
function rowHeads(dataset: Dataset, state: ViewState, { snapshot, columns }: MatrixContext) {
  const names = new Map(dataset.parties.map((p) => [p.id, p.shortName]));
  const chosenIssues = state.issues ? new Set(state.issues) : undefined;
  const heads: MatrixRowHead[] = dataset.issues
    .filter((issue) => !chosenIssues || chosenIssues.has(issue.id))
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
function withCells(dataset: Dataset, head: MatrixRowHead, context: MatrixContext): MatrixRow {
  const row = context.snapshot.cells.get(head.issue.id);
  const cells = context.columns.map(({ party, style }) =>
    matrixCellView(
      row?.get(party.id) ?? {
        party: party.id,
        issue: head.issue.id,
        carried: false,
        atTable: true,
      },
      head.issue,
      party,
      style.colour,
      dataset.id,
      context.cellQuery,
    ),
  );
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
  { paged = false }: { paged?: boolean } = {},
): MatrixModel {
  const context = matrixContext(dataset, state);
  const { snapshot } = context;
  const heads = rowHeads(dataset, state, context);
  const { rows, ...paging } = paged
    ? pageOfRows(heads, state.page, state.rows)
    : pageOfRows(heads, 1, Math.max(1, heads.length));
  return {
    round: snapshot.round,
    isLatest: snapshot.round.id === snapshot.rounds[snapshot.rounds.length - 1]?.id,
    rounds: snapshot.rounds,
    columns: context.columns,
    rows: rows.map((head) => withCells(dataset, head, context)),
    matching: heads.length,
    totalIssues: dataset.issues.length,
    paging,
  };
}

/** The ids of the issues a view keeps, in its order (no cells are built). */
export function issueOrder(dataset: Dataset, state: ViewState): string[] {
  return rowHeads(dataset, state, matrixContext(dataset, state)).map((head) => head.issue.id);
}
