import { issueDisagreement, takeSnapshot, type Snapshot } from '@/lib/analysis';
import type { Dataset, Party, Round } from '@/lib/model';
import { partyStyles, type PartyStyle } from '@/lib/view/palette';
import { toQueryString, type ViewState } from '@/lib/view/query';
import { matrixCellView } from './cell';
import { type MatrixRow, type RowDisagreement, sortAndFilterRows } from './table';

/** A party as a matrix column. */
export interface MatrixColumn {
  party: Party;
  style: PartyStyle;
}

/** Everything the matrix page draws for one view. */
export interface MatrixModel {
  /** The round shown. */
  round: Round;
  /** True when the round shown is the latest (the default). */
  isLatest: boolean;
  /** Every round in time order. */
  rounds: Round[];
  columns: MatrixColumn[];
  /** The issues shown, filtered and sorted. */
  rows: MatrixRow[];
  /** How many issues the dataset has (before filtering). */
  totalIssues: number;
}

function disagreementOf(snapshot: Snapshot, issue: string, names: Map<string, string>) {
  const d = issueDisagreement(snapshot, issue);
  let disagreement: RowDisagreement = { kind: 'none' };
  if (d.widest) {
    const { gap, a, b } = d.widest;
    disagreement = { kind: 'gap', gap, a, b, aName: names.get(a) ?? a, bName: names.get(b) ?? b };
  } else if (d.known === 1) {
    const party = snapshot.known.get(issue)?.[0]?.party ?? '';
    disagreement = { kind: 'one-side', party, partyName: names.get(party) ?? party };
  }
  return { disagreement, gap: d.widest?.gap, known: d.known };
}

/**
 * The matrix for a view: the chosen parties in the chosen order, the positions in force at the
 * chosen round (carried forward from older rounds where needed), filtered and sorted.
 * The state's ids must already be checked against the dataset (parseViewState does that).
 */
export function buildMatrix(dataset: Dataset, state: ViewState): MatrixModel {
  const snapshot = takeSnapshot(dataset, { round: state.round, parties: state.parties });
  const styles = partyStyles(dataset.parties);
  const partyById = new Map(dataset.parties.map((p) => [p.id, p]));
  const names = new Map(dataset.parties.map((p) => [p.id, p.shortName]));
  const columns: MatrixColumn[] = snapshot.parties.flatMap((id) => {
    const party = partyById.get(id);
    const style = styles.get(id);
    return party && style ? [{ party, style }] : [];
  });
  const cellQuery = toQueryString({ round: state.round }, dataset);
  const chosenIssues = state.issues ? new Set(state.issues) : undefined;

  const rows: MatrixRow[] = dataset.issues
    .filter((issue) => !chosenIssues || chosenIssues.has(issue.id))
    .map((issue) => {
      const row = snapshot.cells.get(issue.id);
      const cells = columns.map(({ party, style }) =>
        matrixCellView(
          row?.get(party.id) ?? { party: party.id, issue: issue.id, carried: false },
          issue,
          party,
          style.colour,
          dataset.id,
          cellQuery,
        ),
      );
      const saliences = (snapshot.known.get(issue.id) ?? []).flatMap((k) =>
        k.salience === undefined ? [] : [k.salience],
      );
      const searchText = [issue.title, issue.question, issue.category ?? '']
        .concat(cells.map((c) => c.label ?? ''))
        .join('\n');
      const matrixRow: MatrixRow = {
        issue,
        cells,
        ...disagreementOf(snapshot, issue.id, names),
        searchText,
      };
      if (saliences.length) matrixRow.salience = Math.max(...saliences);
      return matrixRow;
    });

  return {
    round: snapshot.round,
    isLatest: snapshot.round.id === snapshot.rounds[snapshot.rounds.length - 1]?.id,
    rounds: snapshot.rounds,
    columns,
    rows: sortAndFilterRows(rows, state),
    totalIssues: dataset.issues.length,
  };
}
