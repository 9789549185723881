import { type Interval, intervalDistance, pointInterval } from './interval';
import type { Snapshot } from './snapshot';

/** What the concession arithmetic needs of a position: who, where it stands, what it could live with. */
export interface ConcessionSide {
  party: string;
  value: number;
  interval: Interval;
}

/** One party's move towards the meeting point: how far, which way, and where it would then stand. */
export interface ConcessionMove {
  party: string;
  /** Scale points moved; 0 for a party whose range already takes in the meeting point. */
  points: number;
  direction: 'up' | 'down' | 'none';
  from: { value: number; interval: Interval };
  to: { value: number; interval: Interval };
}

/** A single party whose moving alone would open a zone: the others already share one. */
export interface Holdout {
  party: string;
  /** The smallest move that alone opens a zone. */
  points: number;
  /** The zone the others already share. */
  othersZone: Interval;
}

/** The smallest total movement that would make every party's range (or value) meet. */
export interface Concessions {
  /** Sum of every party's move, in scale points; 0 when a zone already exists. */
  total: number;
  /** Every point of the scale a meeting would cost exactly `total` to reach. */
  cheapest: Interval;
  /** The meeting point the moves are worked out for (see `concessionsNeeded`). */
  meetingPoint: number;
  /** One per party, in the given order. */
  moves: ConcessionMove[];
  /** Parties whose moving alone would open a zone, least movement first (none when a zone exists). */
  holdouts: Holdout[];
}

/** RULE: the movement a party needs to take in point x = the distance from x to its interval. */
export function distanceToPoint(interval: Interval, x: number): number {
  return intervalDistance(interval, pointInterval(x));
}

/** The common part of every interval, or undefined when they do not all meet. */
function commonPart(intervals: readonly Interval[]): Interval | undefined {
  let min = -Infinity;
  let max = Infinity;
  for (const i of intervals) {
    if (i.min > min) min = i.min;
    if (i.max < max) max = i.max;
  }
  return min <= max ? { min, max } : undefined;
}

/** Parties whose moving alone opens a zone: those without whom the others already meet. */
function holdoutsOf(sides: readonly ConcessionSide[]): Holdout[] {
  if (sides.length < 2) return [];
  const n = sides.length;
  // Prefix and suffix intersections: the others' zone for each party in one pass each way.
  const prefix: (Interval | undefined)[] = new Array(n + 1);
  const suffix: (Interval | undefined)[] = new Array(n + 1);
  prefix[0] = { min: -Infinity, max: Infinity };
  suffix[n] = { min: -Infinity, max: Infinity };
  const meet = (a: Interval | undefined, b: Interval): Interval | undefined => {
    if (!a) return undefined;
    const min = Math.max(a.min, b.min);
    const max = Math.min(a.max, b.max);
    return min <= max ? { min, max } : undefined;
  };
  for (let i = 0; i < n; i++) prefix[i + 1] = meet(prefix[i], sides[i]!.interval);
  for (let i = n - 1; i >= 0; i--) suffix[i] = meet(suffix[i + 1], sides[i]!.interval);
  const holdouts: Holdout[] = [];
  for (let i = 0; i < n; i++) {
    const before = prefix[i];
    const after = suffix[i + 1];
    const others = before && after ? meet(before, after) : undefined;
    if (!others) continue;
    const side = sides[i]!;
    holdouts.push({
      party: side.party,
      points: intervalDistance(others, side.interval),
      othersZone: others,
    });
  }
  return holdouts.sort((x, y) => x.points - y.points);
}

/**
 * The least movement, in scale points, that makes every party's interval meet.
 * RULE: a party moves its value and its acceptable range together (the range keeps its width);
 * to take in a meeting point x it moves the distance from x to its interval (0 when x is inside).
 * The total Σ dist(x, Iᵢ) is least for any x between the n-th and (n+1)-th of the 2n interval
 * ends in order (dist(x, [a, b]) = (|x − a| + |x − b| − (b − a)) / 2, so this is a median):
 * that stretch is `cheapest`. Of those points the moves are worked out for the one that asks
 * least of any single party: the middle of the two outermost ends (the lowest maximum and the
 * highest minimum), held inside `cheapest`. When the intervals already meet, nobody moves and
 * the meeting point is the middle of the zone. Undefined with fewer than two positions.
 */
export function concessionsNeeded(sides: readonly ConcessionSide[]): Concessions | undefined {
  if (sides.length < 2) return undefined;
  const zone = commonPart(sides.map((s) => s.interval));
  let cheapest: Interval;
  let meetingPoint: number;
  if (zone) {
    cheapest = zone;
    meetingPoint = (zone.min + zone.max) / 2;
  } else {
    const ends = new Float64Array(sides.length * 2);
    let lowestMax = Infinity;
    let highestMin = -Infinity;
    sides.forEach((s, i) => {
      ends[2 * i] = s.interval.min;
      ends[2 * i + 1] = s.interval.max;
      if (s.interval.max < lowestMax) lowestMax = s.interval.max;
      if (s.interval.min > highestMin) highestMin = s.interval.min;
    });
    ends.sort();
    const n = sides.length;
    cheapest = { min: ends[n - 1]!, max: ends[n]! };
    const fairest = (lowestMax + highestMin) / 2;
    meetingPoint = Math.min(cheapest.max, Math.max(cheapest.min, fairest));
  }
  let total = 0;
  const moves = sides.map((s): ConcessionMove => {
    const { min, max } = s.interval;
    const shift =
      meetingPoint < min ? meetingPoint - min : meetingPoint > max ? meetingPoint - max : 0;
    const points = Math.abs(shift);
    total += points;
    return {
      party: s.party,
      points,
      direction: shift > 0 ? 'up' : shift < 0 ? 'down' : 'none',
      from: { value: s.value, interval: s.interval },
      to: { value: s.value + shift, interval: { min: min + shift, max: max + shift } },
    };
  });
  return { total, cheapest, meetingPoint, moves, holdouts: zone ? [] : holdoutsOf(sides) };
}

/** The concessions an issue needs among the snapshot's known positions (undefined with fewer than two). */
export function issueConcessions(snapshot: Snapshot, issue: string): Concessions | undefined {
  return concessionsNeeded(snapshot.known.get(issue) ?? []);
}

/** One issue in the "closest to agreement" ranking. */
export interface ConcessionRank {
  issue: string;
  concessions: Concessions;
  /** How many parties would have to move. */
  movers: number;
}

/**
 * Every issue with at least two known positions, closest to agreement first.
 * RULE: ordered by the total movement needed (an existing zone needs 0), then by fewer parties
 * having to move, then in issue order.
 */
export function closestToAgreement(snapshot: Snapshot): ConcessionRank[] {
  const ranks: ConcessionRank[] = [];
  for (const issue of snapshot.issues) {
    const concessions = issueConcessions(snapshot, issue);
    if (!concessions) continue;
    const movers = concessions.moves.filter((m) => m.points > 0).length;
    ranks.push({ issue, concessions, movers });
  }
  // Array.prototype.sort is stable, so equal ranks keep issue order.
  return ranks.sort((x, y) => x.concessions.total - y.concessions.total || x.movers - y.movers);
}
