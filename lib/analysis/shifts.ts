import type { CodedPosition, Round } from '@/lib/model';
import {
  type CodingSource,
  codingGrid,
  inForceAt,
  isPresentAt,
  roundIndexOf,
  rowOf,
  selectParties,
} from './timeline';

/** How sure a value is: its status and the coder's confidence, so a number never travels without its caveat. */
export interface ValueBasis {
  status: CodedPosition['status'];
  confidence: CodedPosition['confidence'];
}

/** A party's move on an issue between two rounds that each coded a value. */
export interface Shift {
  party: string;
  issue: string;
  from: Round;
  to: Round;
  fromValue: number;
  toValue: number;
  /** toValue − fromValue; 0 for a re-stated position. */
  delta: number;
  /** Status and confidence of each end, for the caveat ("75 (inferred, low confidence) → 95"). */
  fromBasis: ValueBasis;
  toBasis: ValueBasis;
}

function basisOf(position: CodedPosition): ValueBasis {
  return { status: position.status, confidence: position.confidence };
}

/** One party's value in force at each round, for a chart. */
export interface ValueSeries {
  party: string;
  /**
   * `carriedFrom`: the earlier round whose coding the value comes from, when this round did not
   * code it; `withdrawn`: a withdrawal is in force (no value); `absent`: not at the table.
   */
  points: {
    round: Round;
    value?: number;
    /** Status and confidence of the value's position (with `value` only). */
    basis?: ValueBasis;
    carriedFrom?: Round;
    withdrawn?: true;
    absent?: true;
  }[];
}

/**
 * Every move between consecutive rounds in which a party coded a value on an issue.
 * RULE: only rounds that code a value (stated or inferred) in that round count; 'none' and
 * uncoded rounds are skipped, not read as 0; a repeated value gives delta 0 (a re-stated position).
 * RULE: a 'withdrawn' breaks the chain: a value coded after a withdrawal is a new position, not a
 * move from the one before it. Rounds where the party is not at the table code nothing.
 * Rounds after `throughRound` (an id; default: the latest) are left out; an unknown id throws a RangeError.
 * Order: party (filter order, default dataset order), then issue (dataset order), then round (time order).
 */
export function positionShifts(
  dataset: CodingSource,
  parties?: string[],
  throughRound?: string,
): Shift[] {
  const grid = codingGrid(dataset);
  const upTo = grid.rounds.length === 0 ? -1 : roundIndexOf(grid, throughRound);
  const shifts: Shift[] = [];
  for (const party of selectParties(dataset, parties)) {
    for (const { id: issue } of dataset.issues) {
      const row = rowOf(grid, issue, party);
      if (row === undefined) continue;
      let previous = -1;
      for (let index = 0; index <= upTo; index++) {
        const toValue = grid.values[row + index]!;
        if (Number.isNaN(toValue)) {
          if (grid.positions[row + index]?.status === 'withdrawn') previous = -1;
          continue;
        }
        // a negative index would send V8 down a slow property lookup
        const from = previous < 0 ? undefined : grid.rounds[previous];
        const to = grid.rounds[index];
        if (from && to) {
          const fromValue = grid.values[row + previous]!;
          const fromBasis = basisOf(grid.positions[row + previous] as CodedPosition);
          const toBasis = basisOf(grid.positions[row + index] as CodedPosition);
          shifts.push({
            party,
            issue,
            from,
            to,
            fromValue,
            toValue,
            delta: toValue - fromValue,
            fromBasis,
            toBasis,
          });
        }
        previous = index;
      }
    }
  }
  return shifts;
}

/**
 * Per party, the value in force on an issue at every round (time order), for charts.
 * RULE: values carry forward as in a snapshot (a later 'none' keeps the earlier value), marked
 * with the round they come from; undefined before any value is coded, after a withdrawal
 * (marked `withdrawn`) and where the party is not at the table (marked `absent`).
 */
export function valueSeries(
  dataset: CodingSource,
  issue: string,
  parties?: string[],
): ValueSeries[] {
  const grid = codingGrid(dataset);
  return selectParties(dataset, parties).map((party) => {
    const row = rowOf(grid, issue, party);
    const points = grid.rounds.map((round, index): ValueSeries['points'][number] => {
      if (!isPresentAt(grid, party, index)) return { round, absent: true };
      const at = inForceAt(grid, row, index);
      const value = row === undefined || at < 0 ? NaN : grid.values[row + at]!;
      if (Number.isNaN(value)) {
        const withdrawn = row !== undefined && grid.positions[row + at]?.status === 'withdrawn';
        return withdrawn ? { round, withdrawn: true } : { round };
      }
      const from = at < index ? grid.rounds[at] : undefined;
      const basis = basisOf(grid.positions[row! + at] as CodedPosition);
      return from ? { round, value, basis, carriedFrom: from } : { round, value, basis };
    });
    return { party, points };
  });
}
