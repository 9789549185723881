import {
  type ContestedReadings,
  contestedReadings,
  type IssueDisagreement,
  ONLY_GAPS_THRESHOLD,
  type Snapshot,
  issueDisagreement,
  salienceOf,
} from '@/lib/analysis';
import type { Dataset, Issue } from '@/lib/model';
import { type ViewState } from '@/lib/url/query';

/** One row of the issue list: the issue, its widest pair, and what it is sorted by. */
export interface IssueListRow {
  issue: Issue;
  disagreement: IssueDisagreement;
  /** The highest salience (1-5) among the known positions; undefined when nobody has one. */
  topSalience?: number;
  /** True when a known position gives an acceptable range, so the issue's range gap says something of its own. */
  ranged: boolean;
  /** The positions in force whose sources disagree (contestedReadings), in party order. */
  contested: { party: string; readings: ContestedReadings }[];
}

/** True when the issue's title, question, category, scale words or any shown position label contains `q` (case-insensitive). */
export function issueMatches(issue: Issue, snapshot: Snapshot, q: string): boolean {
  const needle = q.trim().toLocaleLowerCase('en');
  if (!needle) return true;
  const labels = [...(snapshot.cells.get(issue.id)?.values() ?? [])].map(
    (cell) => cell.position?.label ?? '',
  );
  const haystack = [
    issue.title,
    issue.question,
    issue.category ?? '',
    issue.scale.zero,
    issue.scale.hundred,
    ...labels,
  ];
  return haystack.some((text) => text.toLocaleLowerCase('en').includes(needle));
}

/**
 * The issues of a snapshot as the list shows them: filtered by `q` and `only=gaps` (widest pair at
 * least 25 apart), sorted by `sort`. gap: positions furthest apart first; range-gap: widest range
 * gap first; in both, issues with one side or none known last; salience: highest salience first;
 * title: A to Z. Ties keep dataset order.
 */
export function issueListRows(
  dataset: Pick<Dataset, 'issues'>,
  snapshot: Snapshot,
  state: Pick<ViewState, 'q' | 'only' | 'sort'>,
): IssueListRow[] {
  const rows: IssueListRow[] = [];
  for (const issue of dataset.issues) {
    if (!issueMatches(issue, snapshot, state.q)) continue;
    const disagreement = issueDisagreement(snapshot, issue.id);
    const distance = disagreement.widest?.distance;
    if (state.only === 'gaps' && (distance === undefined || distance < ONLY_GAPS_THRESHOLD))
      continue;
    const known = snapshot.known.get(issue.id) ?? [];
    const contested = known.flatMap((k) => {
      const readings = contestedReadings(k.position);
      return readings ? [{ party: k.party, readings }] : [];
    });
    const row: IssueListRow = {
      issue,
      disagreement,
      ranged: known.some((k) => k.ranged),
      contested,
    };
    if (known.length) row.topSalience = Math.max(...known.map((k) => salienceOf(k)));
    rows.push(row);
  }
  const by =
    (value: (row: IssueListRow) => number | undefined) => (x: IssueListRow, y: IssueListRow) =>
      (value(y) ?? -1) - (value(x) ?? -1);
  if (state.sort === 'gap') rows.sort(by((row) => row.disagreement.widest?.distance));
  else if (state.sort === 'range-gap') rows.sort(by((row) => row.disagreement.maxRangeGap));
  else if (state.sort === 'salience') rows.sort(by((row) => row.topSalience));
  else rows.sort((x, y) => x.issue.title.localeCompare(y.issue.title, 'en'));
  return rows;
}
