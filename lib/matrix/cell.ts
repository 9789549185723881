import { type CellStatus, contestedReadings, type ResolvedCell } from '@/lib/analysis';
import type { Confidence, Issue, Party, Range, Round, StatementEvidence } from '@/lib/model';
import type { ReviewState } from '@/lib/review/state';
import { cellAnchor } from '@/lib/url/anchors';
import { evidenceHref } from '@/lib/url/routes';
import { valueText } from '@/lib/wording/position';
import { contestedShortText, statementDate, statementText } from '@/lib/wording/statement';

/** Id of the element in an issue's row header holding its scale's pole words. */
export function polesAnchor(issueId: string): string {
  return `poles-${issueId}`;
}

/** One party × issue cell of the matrix, ready to draw (no arithmetic left for the component). */
export interface MatrixCellView {
  issue: string;
  party: string;
  partyName: string;
  /** The party's colour, for the marker. */
  colour: string;
  /** Stable id of the cell, `cell-<issue>--<party>`. */
  anchor: string;
  /** The cell's evidence page. */
  href: string;
  kind: CellStatus;
  label?: string;
  /** Position on the issue's 0-100 scale; only for stated and inferred. */
  value?: number;
  acceptable?: Range;
  confidence?: Confidence;
  /** Conditions the party attaches, as written. */
  conditions: string[];
  /** The round the position dates from, only when older than the round shown. */
  carriedFrom?: Pick<Round, 'id' | 'label' | 'date'>;
  /** For a withdrawal: the round in which the party withdrew its position. */
  withdrawnIn?: Pick<Round, 'id' | 'label' | 'date'>;
  /** The words at the two ends of the issue's scale. */
  scale: Issue['scale'];
  /** Id of the row header's pole words, which the cell's marker points to (said once per row). */
  polesId: string;
  /** "62 of 100 (could accept 50–70)", what screen readers hear for the marker. */
  valueText?: string;
  /** How many quotes back the position. */
  quotes: number;
  /** "sources disagree: readings 20–80 of 100", when a quote's reading is far from the value. */
  contested?: string;
  /** Who said the quotes and when, where that adds to the round ("said by …, on 12 February 2025"); at most MATRIX_SAID. */
  said: string[];
  /** How many more different speakers and dates the quotes give, left to the evidence page. */
  moreSaid: number;
  /** A workspace cell's review state (none for folder datasets and cells with nothing in force). */
  review?: ReviewState;
  /** True when `?review=` asks for another state: the cell is drawn as filtered out. */
  reviewFilteredOut?: boolean;
}

/** How many quotes' speakers and dates a matrix cell names before it says "+N more". */
export const MATRIX_SAID = 2;

/**
 * The view of one resolved snapshot cell.
 * RULE: `carriedFrom` is set only when the position in force dates from an older round than the
 * one shown, so a reader never takes an old statement for a fresh one.
 */
export function matrixCellView(
  cell: ResolvedCell,
  issue: Issue,
  party: Party,
  colour: string,
  datasetId: string,
  query = '',
): MatrixCellView {
  const base = {
    issue: issue.id,
    party: party.id,
    partyName: party.name,
    colour,
    anchor: cellAnchor(issue.id, party.id),
    href: evidenceHref(datasetId, issue.id, party.id, query),
    scale: issue.scale,
    polesId: polesAnchor(issue.id),
    conditions: [] as string[],
    quotes: cell.position?.evidence?.length ?? 0,
    said: [] as string[],
    moreSaid: 0,
  };
  if (!cell.atTable) return { ...base, kind: 'not-at-table' };
  const position = cell.position;
  if (!position) return { ...base, kind: 'not-coded' };
  const carriedFrom =
    cell.carried && cell.fromRound
      ? { id: cell.fromRound.id, label: cell.fromRound.label, date: cell.fromRound.date }
      : undefined;
  const view: MatrixCellView = { ...base, kind: position.status };
  if (carriedFrom) view.carriedFrom = carriedFrom;
  const said = saidLines(position.evidence ?? [], cell.fromRound?.date ?? '');
  view.said = said.slice(0, MATRIX_SAID);
  view.moreSaid = said.length - view.said.length;
  if (position.label !== undefined) view.label = position.label;
  if (position.status === 'withdrawn') {
    view.confidence = position.confidence;
    if (cell.fromRound)
      view.withdrawnIn = {
        id: cell.fromRound.id,
        label: cell.fromRound.label,
        date: cell.fromRound.date,
      };
  }
  if (position.status === 'none' || position.status === 'withdrawn') return view;
  view.value = position.value;
  if (position.acceptable) view.acceptable = position.acceptable;
  view.confidence = position.confidence;
  view.conditions = (position.conditions ?? []).map((c) => c.text);
  view.valueText = valueText(position.value, position.acceptable);
  const contested = contestedReadings(position);
  if (contested) view.contested = contestedShortText(contested);
  return view;
}

/**
 * The different speakers and dates of a cell's quotes, in words, for its small print.
 * RULE: quotes said on another date than the round's come first (a reader must not take them for
 * the round's words); a speaker already named with a date is not named again without one.
 */
function saidLines(evidence: readonly StatementEvidence[], roundDate: string): string[] {
  const isDated = (e: StatementEvidence) => statementDate(e, roundDate) !== undefined;
  const datedSpeakers = new Set(evidence.filter(isDated).flatMap((e) => e.speaker ?? []));
  const lines = evidence
    .filter((e) => isDated(e) || e.speaker === undefined || !datedSpeakers.has(e.speaker))
    .sort((x, y) => Number(isDated(y)) - Number(isDated(x)))
    .flatMap((e) => statementText(e, roundDate) ?? []);
  return [...new Set(lines)];
}
