import { salienceOf } from './salience';
import type { KnownPosition, Snapshot } from './snapshot';

/**
 * One issue's known positions laid out as typed columns (index = place in the issue's known
 * list, which is party order), so the pair loops over every issue run without allocating.
 */
export interface IssueColumns {
  issue: string;
  known: KnownPosition[];
  /** Index of each position's party in `snapshot.parties`. */
  party: Int32Array;
  ranged: Uint8Array;
  /** Salience, 3 where none given. */
  salience: Float64Array;
  /** The distance |a − b| of every pair i < j, row by row: (0,1), (0,2) … (0,n−1), (1,2) … — walk it with a running index. */
  distances: Float64Array;
  /** The range gap of every pair, in the same order as `distances`. */
  rangeGaps: Float64Array;
  /** The first pair (in party order) with the largest distance; undefined with fewer than two positions. */
  widest?: [number, number];
  /** The largest distance, and the largest and smallest range gap, on the issue (−∞ / +∞ with no pair), so rankings can skip whole issues. */
  maxDistance: number;
  maxRangeGap: number;
  minRangeGap: number;
}

const cache = new WeakMap<Snapshot, { list: IssueColumns[]; byIssue: Map<string, IssueColumns> }>();

function columnsFor(snapshot: Snapshot) {
  let cached = cache.get(snapshot);
  if (!cached) {
    const partyIndex = new Map(snapshot.parties.map((party, index) => [party, index] as const));
    const list = snapshot.issues.map((issue) =>
      build(issue, snapshot.known.get(issue) ?? [], partyIndex),
    );
    cached = { list, byIssue: new Map(list.map((columns) => [columns.issue, columns])) };
    cache.set(snapshot, cached);
  }
  return cached;
}

/** The columns of every issue, in issue order (built once per snapshot). */
export function issueColumns(snapshot: Snapshot): IssueColumns[] {
  return columnsFor(snapshot).list;
}

/** The columns of one issue, or undefined for an issue not in the snapshot. */
export function columnsOfIssue(snapshot: Snapshot, issue: string): IssueColumns | undefined {
  return columnsFor(snapshot).byIssue.get(issue);
}

function build(
  issue: string,
  known: KnownPosition[],
  partyIndex: ReadonlyMap<string, number>,
): IssueColumns {
  const n = known.length;
  const columns: IssueColumns = {
    issue,
    known,
    party: new Int32Array(n),
    ranged: new Uint8Array(n),
    salience: new Float64Array(n),
    distances: new Float64Array((n * (n - 1)) / 2),
    rangeGaps: new Float64Array((n * (n - 1)) / 2),
    maxDistance: -Infinity,
    maxRangeGap: -Infinity,
    minRangeGap: Infinity,
  };
  const min = known.map((position) => position.interval.min);
  const max = known.map((position) => position.interval.max);
  known.forEach((position, i) => {
    columns.party[i] = partyIndex.get(position.party) ?? -1;
    columns.ranged[i] = position.ranged ? 1 : 0;
    columns.salience[i] = salienceOf(position);
  });
  const value = known.map((position) => position.value);
  const { distances, rangeGaps } = columns;
  let maxDistance = -Infinity;
  let maxRangeGap = -Infinity;
  let minRangeGap = Infinity;
  let wi = -1;
  let wj = -1;
  for (let i = 0, k = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, k++) {
      const distance = value[i]! > value[j]! ? value[i]! - value[j]! : value[j]! - value[i]!;
      // For an unranged position min = max = value, so this is |a − b| there: the rule of `rangeGapBetween`.
      const low = min[i]! > min[j]! ? min[i]! : min[j]!;
      const high = max[i]! < max[j]! ? max[i]! : max[j]!;
      const rangeGap = low > high ? low - high : 0;
      distances[k] = distance;
      rangeGaps[k] = rangeGap;
      if (distance > maxDistance) {
        maxDistance = distance;
        wi = i;
        wj = j;
      }
      if (rangeGap > maxRangeGap) maxRangeGap = rangeGap;
      if (rangeGap < minRangeGap) minRangeGap = rangeGap;
    }
  }
  columns.maxDistance = maxDistance;
  columns.maxRangeGap = maxRangeGap;
  columns.minRangeGap = minRangeGap;
  if (wi >= 0) columns.widest = [wi, wj];
  return columns;
}

/** Where pair (i, j), i < j, of an issue with n known positions sits in `distances` and `rangeGaps`. */
export function pairSlot(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}
