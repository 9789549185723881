import {
  AGREEMENT_THRESHOLD,
  type AgreementReason,
  type GapMeasure,
  type Interval,
  type PairAlignment,
  type ResolvedCell,
  type Snapshot,
  knownPositionOf,
  pairAlignment,
  pairwiseGap,
  pointsOfAgreement,
} from '@/lib/analysis';
import { signedComparison } from '@/lib/analysis/direction';
import type { Issue, Outcome } from '@/lib/model';
import { agreementReasonText } from '@/lib/wording/agreement';
import { signedComparisonText } from '@/lib/wording/direction';

/** One issue seen by two parties. */
export interface CompareRow {
  issue: Issue;
  a: ResolvedCell;
  b: ResolvedCell;
  /** How far apart the two positions are; undefined unless both are known: a missing position has no gap. */
  apart?: GapMeasure;
  overlap?: Interval;
  /** Why the pair counts as agreeing on this issue (the engine's rule), if it does. */
  agreement?: AgreementReason;
  outcome?: Outcome;
}

/** Two parties compared issue by issue. */
export interface PairComparison {
  /** Every issue, in dataset order. */
  rows: CompareRow[];
  /** Issues where they agree: recorded outcome, then overlapping ranges, then within AGREEMENT_THRESHOLD points; smallest range gap first. */
  agreements: CompareRow[];
  /** Issues where both are known and their positions more than AGREEMENT_THRESHOLD points apart, furthest first. */
  furthest: CompareRow[];
  /** Issues where only the first party's position is known. */
  onlyA: CompareRow[];
  /** Issues where only the second party's position is known. */
  onlyB: CompareRow[];
  /** Issues where neither has a known position. */
  neither: number;
  alignment: PairAlignment;
}

const REASON_ORDER: Record<AgreementReason, number> = { outcome: 0, overlap: 1, close: 2 };

/**
 * Compares two parties over every issue of a snapshot taken with exactly these two parties.
 * Agreement follows the engine (pointsOfAgreement): a recorded outcome naming both, overlapping
 * ranges, or a range gap of at most AGREEMENT_THRESHOLD. Disagreement follows the distance.
 */
export function comparePair(
  issues: readonly Issue[],
  snapshot: Snapshot,
  outcomes: readonly Outcome[],
  a: string,
  b: string,
): PairComparison {
  const agreed = new Map(
    pointsOfAgreement(snapshot, outcomes, issues.length).map((point) => [point.issue, point]),
  );
  const rows = issues.map((issue): CompareRow => {
    const cells = snapshot.cells.get(issue.id);
    const row: CompareRow = {
      issue,
      a: cells?.get(a) ?? { party: a, issue: issue.id, carried: false, atTable: true },
      b: cells?.get(b) ?? { party: b, issue: issue.id, carried: false, atTable: true },
    };
    const left = knownPositionOf(snapshot, issue.id, a);
    const right = knownPositionOf(snapshot, issue.id, b);
    if (left && right) {
      const { overlap, ...apart } = pairwiseGap(left, right);
      row.apart = apart;
      if (overlap) row.overlap = overlap;
    }
    const point = agreed.get(issue.id);
    if (point) {
      row.agreement = point.reason;
      if (point.outcome) row.outcome = point.outcome;
    }
    return row;
  });
  const rangeGapOf = (row: CompareRow) => row.apart?.rangeGap ?? Infinity;
  const distanceOf = (row: CompareRow) => row.apart?.distance ?? -Infinity;
  const agreements = rows
    .filter((row) => row.agreement !== undefined)
    .sort(
      (x, y) =>
        REASON_ORDER[x.agreement!] - REASON_ORDER[y.agreement!] || rangeGapOf(x) - rangeGapOf(y),
    );
  const furthest = rows
    .filter((row) => distanceOf(row) > AGREEMENT_THRESHOLD)
    .sort((x, y) => distanceOf(y) - distanceOf(x));
  const known = (row: CompareRow, party: string) =>
    knownPositionOf(snapshot, row.issue.id, party) !== undefined;
  return {
    rows,
    agreements,
    furthest,
    onlyA: rows.filter((row) => known(row, a) && !known(row, b)),
    onlyB: rows.filter((row) => known(row, b) && !known(row, a)),
    neither: rows.filter((row) => !known(row, a) && !known(row, b)).length,
    alignment: pairAlignment(snapshot, a, b),
  };
}

/** Why a pair agrees on an issue, in words ('' when it does not). */
export function agreementText(row: CompareRow): string {
  if (!row.agreement) return '';
  const point: Parameters<typeof agreementReasonText>[0] = { reason: row.agreement };
  if (row.apart) point.apart = row.apart;
  if (row.overlap) point.overlap = row.overlap;
  return agreementReasonText(point);
}

const valueOf = (cell: ResolvedCell) =>
  cell.position && 'value' in cell.position ? cell.position.value : undefined;

/**
 * The row's two positions compared with a sign, where the issue's scale says whose aim an end
 * is ("E4 is 20 points nearer Ukraine's end than US on Army size"); undefined without a
 * direction, without both positions or when they are equal.
 */
export function signedRowText(
  row: CompareRow,
  nameOf: (party: string) => string,
  orient?: string,
): string | undefined {
  const a = valueOf(row.a);
  const b = valueOf(row.b);
  if (row.apart === undefined || a === undefined || b === undefined) return undefined;
  const signed = signedComparison(
    row.issue,
    { party: row.a.party, value: a },
    { party: row.b.party, value: b },
    orient,
  );
  return signed && signedComparisonText(signed, nameOf, row.issue.title);
}
