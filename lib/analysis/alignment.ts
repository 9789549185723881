import { issueColumns } from './columns';
import { rangeGapBetween } from './gaps';
import { type Snapshot, knownPositionOf } from './snapshot';

/** How closely two parties' positions line up across the issues both have taken a position on. */
export interface PairAlignment {
  a: string;
  b: string;
  /** 100 − the mean range gap; undefined when there is no common issue. Exact: round only for display. */
  score?: number;
  /** How many issues both parties have a known position on. */
  compared: number;
}

/** RULE: score = 100 − mean range gap (|a − b| where neither gave a range) over the issues where both have a known position; undefined (not 0) when there is none. */
export function pairAlignment(snapshot: Snapshot, a: string, b: string): PairAlignment {
  let total = 0;
  let compared = 0;
  for (const issue of snapshot.issues) {
    const left = knownPositionOf(snapshot, issue, a);
    const right = knownPositionOf(snapshot, issue, b);
    if (!left || !right) continue;
    total += rangeGapBetween(left, right);
    compared++;
  }
  return alignmentOf(a, b, total, compared);
}

/** The alignment of every unordered pair of the snapshot's parties at the table, in party order (same rule as pairAlignment). */
export function alignmentMatrix(snapshot: Snapshot): PairAlignment[] {
  const n = snapshot.parties.length;
  const totals = new Float64Array(n * n);
  const counts = new Uint32Array(n * n);
  for (const columns of issueColumns(snapshot)) {
    const { party, rangeGaps } = columns;
    for (let i = 0, k = 0; i < party.length; i++) {
      const row = party[i]! * n; // known is in party order, so party[i] < party[j]
      for (let j = i + 1; j < party.length; j++, k++) {
        totals[row + party[j]!]! += rangeGaps[k]!;
        counts[row + party[j]!]!++;
      }
    }
  }
  const pairs: PairAlignment[] = [];
  const present = new Set(snapshot.atTable);
  for (let i = 0; i < n; i++) {
    if (!present.has(snapshot.parties[i]!)) continue;
    for (let j = i + 1; j < n; j++) {
      if (!present.has(snapshot.parties[j]!)) continue;
      const cell = i * n + j;
      pairs.push(
        alignmentOf(snapshot.parties[i]!, snapshot.parties[j]!, totals[cell]!, counts[cell]!),
      );
    }
  }
  return pairs;
}

function alignmentOf(a: string, b: string, total: number, compared: number): PairAlignment {
  return compared === 0 ? { a, b, compared } : { a, b, score: 100 - total / compared, compared };
}
