import type { Outcome } from '@/lib/model';
import { type IssueColumns, issueColumns, pairSlot } from './columns';
import type { GapMeasure } from './gaps';
import { type Interval, intersection } from './interval';
import type { ValueBasis } from './shifts';
import { knownPositionOf, type Snapshot } from './snapshot';
import { BoundedRanking } from './topk';

/**
 * RULE: a pair whose positions are more than 10 (of 100) apart disagrees; a pair whose range gap is
 * at most 10 is close enough to count as agreeing (so a pair far apart whose ranges meet is both).
 */
export const AGREEMENT_THRESHOLD = 10;

/** RULE: an issue whose widest pair is at least 25 (of 100) apart counts as a gap for the `only=gaps` filter. */
export const ONLY_GAPS_THRESHOLD = 25;

/** A pair of parties far apart on an issue. */
export interface DisagreementPoint extends GapMeasure {
  issue: string;
  a: string;
  b: string;
  /** Mean of the two saliences, 3 where none given. */
  meanSalience: number;
  /** Status and confidence of each side's value, so a gap resting on an inferred or low-confidence value says so. */
  aBasis: ValueBasis;
  bBasis: ValueBasis;
}

/** Why a pair counts as agreeing: a recorded outcome, overlapping ranges, or values within the threshold. */
export type AgreementReason = 'outcome' | 'overlap' | 'close';

/** A pair of parties that agree, or are close, on an issue. */
export interface AgreementPoint {
  issue: string;
  a: string;
  b: string;
  /** How far apart the two positions are; undefined when the pair agrees by outcome but one or both have no known position. */
  apart?: GapMeasure;
  reason: AgreementReason;
  overlap?: Interval;
  outcome?: Outcome;
}

/** Where a pair sits: issue order, then party order; the last tie-break that makes rankings total. */
interface Place {
  issueIndex: number;
  ai: number;
  bi: number;
}

const byPlace = (x: Place, y: Place) => x.issueIndex - y.issueIndex || x.ai - y.ai || x.bi - y.bi;

/**
 * The pairs furthest apart, best `limit` only, found with a bounded top-k (never a sort of every pair).
 * RULE: every pair of known positions on every issue more than 10 apart (distance |a − b|) counts;
 * ranked by distance (largest first), then mean salience (highest first, 3 where none given), then
 * issue order, then party order. Each point carries its range gap beside the distance.
 */
export function pointsOfDisagreement(snapshot: Snapshot, limit = 10): DisagreementPoint[] {
  type Entry = Place & { distance: number; meanSalience: number; i: number; j: number };
  const top = new BoundedRanking<Entry>(
    (x, y) => y.distance - x.distance || y.meanSalience - x.meanSalience || byPlace(x, y),
    limit,
  );
  const columns = issueColumns(snapshot);
  // One scratch candidate: only candidates that make the cut are copied, so 500k pairs stay cheap.
  const candidate: Entry = {
    issueIndex: 0,
    ai: 0,
    bi: 0,
    distance: 0,
    meanSalience: 0,
    i: 0,
    j: 0,
  };
  let floor = -Infinity;
  for (let issueIndex = 0; issueIndex < columns.length; issueIndex++) {
    const c = columns[issueIndex]!;
    if (c.maxDistance <= AGREEMENT_THRESHOLD || c.maxDistance < floor) continue; // nothing here can make the cut
    for (let i = 0, k = 0; i < c.party.length; i++) {
      for (let j = i + 1; j < c.party.length; j++, k++) {
        const distance = c.distances[k]!;
        if (distance <= AGREEMENT_THRESHOLD || distance < floor) continue;
        candidate.issueIndex = issueIndex;
        candidate.ai = c.party[i]!;
        candidate.bi = c.party[j]!;
        candidate.distance = distance;
        candidate.meanSalience = (c.salience[i]! + c.salience[j]!) / 2;
        candidate.i = i;
        candidate.j = j;
        if (!top.admits(candidate)) continue;
        top.offer({ ...candidate });
        floor = top.bar()?.distance ?? -Infinity; // a smaller distance can no longer make the cut
      }
    }
  }
  return top.ranked().map(({ issueIndex, ai, bi, distance, meanSalience, i, j }) => {
    const issue = snapshot.issues[issueIndex]!;
    const a = snapshot.parties[ai]!;
    const b = snapshot.parties[bi]!;
    const basis = (party: string): ValueBasis => {
      const known = knownPositionOf(snapshot, issue, party)!.position;
      return { status: known.status, confidence: known.confidence };
    };
    const { rangeGap, ranged } = measureAt(columns[issueIndex]!, i, j);
    return {
      issue,
      a,
      b,
      distance,
      rangeGap,
      ranged,
      meanSalience,
      aBasis: basis(a),
      bBasis: basis(b),
    };
  });
}

const OUTCOME = 0;
const OVERLAP = 1;
const CLOSE = 2;
const REASONS: AgreementReason[] = ['outcome', 'overlap', 'close'];

/**
 * The pairs that agree, best `limit` only, found with a bounded top-k.
 * RULE: a pair agrees when a recorded outcome for the issue, in a round up to the snapshot round,
 * names both parties ('outcome', even when one or both have no known position; the latest such
 * outcome is shown); else when at least one side is ranged and the intervals overlap or touch
 * ('overlap'); else when the range gap is at most 10 ('close'; with no ranges, the distance).
 * RULE: ranked outcome first, then overlap, then close; within each, smallest range gap first (no
 * known pair last), then issue order, then party order. Each point carries both measures.
 */
export function pointsOfAgreement(
  snapshot: Snapshot,
  outcomes: readonly Outcome[] = [],
  limit = 10,
): AgreementPoint[] {
  // gap (the range gap) is Infinity when a side has no known position; i, j index the issue's known list (-1: none)
  type Entry = Place & { reason: number; gap: number; i: number; j: number };
  const top = new BoundedRanking<Entry>(
    (x, y) => x.reason - y.reason || x.gap - y.gap || byPlace(x, y),
    limit,
  );
  const n = snapshot.parties.length;
  const columns = issueColumns(snapshot);
  const agreed = outcomePairs(snapshot, outcomes);
  // One scratch candidate: only candidates that make the cut are copied, so 500k pairs stay cheap.
  const candidate: Entry = { issueIndex: 0, ai: 0, bi: 0, reason: 0, gap: 0, i: -1, j: -1 };
  // The largest gap that could still make the cut once the ranking is full (outcomes always might).
  let ceiling = AGREEMENT_THRESHOLD;
  const offer = () => {
    if (!top.admits(candidate)) return;
    top.offer({ ...candidate });
    const bar = top.bar();
    if (bar) ceiling = bar.reason === OUTCOME ? -1 : bar.reason === OVERLAP ? 0 : bar.gap;
  };
  const knownAt = new Int32Array(n); // party index → place in the issue's known list, −1 when unknown
  for (let issueIndex = 0; issueIndex < columns.length; issueIndex++) {
    const c = columns[issueIndex]!;
    const byOutcome = agreed.get(c.issue);
    candidate.issueIndex = issueIndex;
    if (byOutcome) {
      knownAt.fill(-1);
      c.party.forEach((party, i) => (knownAt[party] = i));
      for (const key of byOutcome.keys()) {
        candidate.reason = OUTCOME;
        candidate.ai = Math.floor(key / n);
        candidate.bi = key % n;
        candidate.i = knownAt[candidate.ai]!;
        candidate.j = knownAt[candidate.bi]!;
        const both = candidate.i >= 0 && candidate.j >= 0;
        candidate.gap = both
          ? c.rangeGaps[pairSlot(c.party.length, candidate.i, candidate.j)]!
          : Infinity;
        offer();
      }
    }
    if (c.minRangeGap > ceiling) continue; // no overlap or close pair here can make the cut
    for (let i = 0, k = 0; i < c.party.length; i++) {
      for (let j = i + 1; j < c.party.length; j++, k++) {
        const gap = c.rangeGaps[k]!;
        if (gap > ceiling) continue;
        const key = c.party[i]! * n + c.party[j]!;
        if (byOutcome !== undefined && byOutcome.has(key)) continue; // ranked as an outcome above
        const overlaps = gap === 0 && (c.ranged[i] === 1 || c.ranged[j] === 1);
        candidate.reason = overlaps ? OVERLAP : CLOSE;
        candidate.ai = c.party[i]!;
        candidate.bi = c.party[j]!;
        candidate.gap = gap;
        candidate.i = i;
        candidate.j = j;
        offer();
      }
    }
  }
  return top.ranked().map(({ issueIndex, ai, bi, reason, i, j }) => {
    const issue = snapshot.issues[issueIndex]!;
    const point: AgreementPoint = {
      issue,
      a: snapshot.parties[ai]!,
      b: snapshot.parties[bi]!,
      reason: REASONS[reason]!,
    };
    const known = columns[issueIndex]!.known;
    const left = i < 0 ? undefined : known[i];
    const right = j < 0 ? undefined : known[j];
    if (left && right) {
      point.apart = measureAt(columns[issueIndex]!, i, j);
      const overlap = (left.ranged || right.ranged) && intersection(left.interval, right.interval);
      if (overlap) point.overlap = overlap;
    }
    const outcome = reason === OUTCOME ? agreed.get(issue)?.get(ai * n + bi) : undefined;
    if (outcome) point.outcome = outcome;
    return point;
  });
}

/** Both measures of the pair (i, j), i < j, of an issue's known positions. */
function measureAt(c: IssueColumns, i: number, j: number): GapMeasure {
  const k = pairSlot(c.party.length, i, j);
  return {
    distance: c.distances[k]!,
    rangeGap: c.rangeGaps[k]!,
    ranged: c.ranged[i] === 1 || c.ranged[j] === 1,
  };
}

/** issue → (party index a × n + party index b, a < b) → the latest outcome up to the snapshot round naming both. */
function outcomePairs(
  snapshot: Snapshot,
  outcomes: readonly Outcome[],
): Map<string, Map<number, Outcome>> {
  const n = snapshot.parties.length;
  const present = new Set(snapshot.atTable);
  const partyIndex = new Map(
    snapshot.parties.flatMap((party, index) =>
      present.has(party) ? [[party, index] as const] : [],
    ),
  );
  const roundIndex = new Map(snapshot.rounds.map((round, index) => [round.id, index] as const));
  const upTo = roundIndex.get(snapshot.round.id) ?? -1;
  const inScope = outcomes
    .map((outcome) => ({ outcome, at: roundIndex.get(outcome.round) ?? Infinity }))
    .filter((entry) => entry.at <= upTo)
    .sort((x, y) => x.at - y.at); // stable: later outcomes overwrite earlier ones below
  const byIssue = new Map<string, Map<number, Outcome>>();
  for (const { outcome } of inScope) {
    const members = [...new Set(outcome.parties)]
      .map((party) => partyIndex.get(party))
      .filter((index) => index !== undefined)
      .sort((x, y) => x - y);
    let pairs = byIssue.get(outcome.issue);
    if (!pairs) byIssue.set(outcome.issue, (pairs = new Map()));
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++)
        pairs.set(members[i]! * n + members[j]!, outcome);
    }
  }
  return byIssue;
}
