import { type IssueColumns, columnsOfIssue } from './columns';
import { type PairGap, pairwiseGap } from './gaps';
import { salienceOf } from './salience';
import type { Snapshot } from './snapshot';

/** How divided the parties are on one issue. */
export interface IssueDisagreement {
  issue: string;
  /** How many parties have a position with a value. */
  known: number;
  /** The pair whose positions are furthest apart (largest distance). */
  widest?: PairGap;
  /** The largest range gap of any pair (not necessarily the widest pair's), for `sort=range-gap`. */
  maxRangeGap?: number;
  spread?: number;
}

/**
 * The widest pair, the largest range gap and the salience-weighted spread of values on an issue.
 * RULE: widest = the pair with the largest distance |a − b| (ties: the first pair in party order;
 * found when the columns are built); maxRangeGap = the largest range gap over every pair.
 * RULE: spread = population standard deviation of the values, each weighted by its salience (3 where none given).
 * All are undefined with fewer than two known positions: one position has no gap, not a gap of 0.
 */
export function issueDisagreement(snapshot: Snapshot, issue: string): IssueDisagreement {
  const columns = columnsOfIssue(snapshot, issue);
  const known = columns?.known ?? [];
  if (!columns || known.length < 2) return { issue, known: known.length };
  return {
    issue,
    known: known.length,
    widest: widestGap(columns),
    maxRangeGap: columns.maxRangeGap,
    spread: weightedSpread(known),
  };
}

function widestGap(columns: IssueColumns): PairGap | undefined {
  if (!columns.widest) return undefined;
  const a = columns.known[columns.widest[0]];
  const b = columns.known[columns.widest[1]];
  if (!a || !b) return undefined;
  return { issue: columns.issue, a: a.party, b: b.party, ...pairwiseGap(a, b) };
}

/** Salience-weighted population standard deviation of the values; undefined for fewer than two. */
export function weightedSpread(
  known: readonly { value: number; salience?: number }[],
): number | undefined {
  let totalWeight = 0;
  let weightedSum = 0;
  for (const position of known) {
    totalWeight += salienceOf(position);
    weightedSum += salienceOf(position) * position.value;
  }
  if (known.length < 2 || totalWeight <= 0) return undefined;
  const mean = weightedSum / totalWeight;
  let squares = 0;
  for (const position of known) squares += salienceOf(position) * (position.value - mean) ** 2;
  return Math.sqrt(squares / totalWeight);
}
