import {
  type AgreementPoint,
  type DisagreementPoint,
  type Snapshot,
  issueGaps,
  knownPositionOf,
  pairwiseGap,
  pointsOfAgreement,
  pointsOfDisagreement,
  takeSnapshot,
} from '@/lib/analysis';
import type { Outcome } from '@/lib/model';
import { coded, dataset, outcome, randomDataset, silent } from './fixtures';

/** Both sides stated with high confidence, as the fixtures code them. */
const FIRM = {
  aBasis: { status: 'stated', confidence: 'high' },
  bBasis: { status: 'stated', confidence: 'high' },
} as const;

/** Both measures of two unranged positions `d` apart. */
const apart = (d: number) => ({ distance: d, rangeGap: d, ranged: false });

describe('pointsOfDisagreement', () => {
  const data = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y'],
    positions: [
      coded('a', 'x', 'r1', 0, { salience: 5 }),
      coded('b', 'x', 'r1', 50),
      coded('c', 'x', 'r1', 60, { salience: 1 }),
      coded('a', 'y', 'r1', 20),
      coded('b', 'y', 'r1', 70, { salience: 5 }),
      coded('c', 'y', 'r1', 30),
    ],
  });

  it('ranks pairs more than 10 apart by distance, then mean salience, then issue order', () => {
    expect(pointsOfDisagreement(takeSnapshot(data))).toEqual([
      { issue: 'x', a: 'a', b: 'c', ...apart(60), meanSalience: 3, ...FIRM },
      { issue: 'x', a: 'a', b: 'b', ...apart(50), meanSalience: 4, ...FIRM },
      { issue: 'y', a: 'a', b: 'b', ...apart(50), meanSalience: 4, ...FIRM },
      { issue: 'y', a: 'b', b: 'c', ...apart(40), meanSalience: 4, ...FIRM },
    ]);
  });

  it('leaves out pairs 10 or less apart and stops at the limit', () => {
    const snapshot = takeSnapshot(data);
    expect(pointsOfDisagreement(snapshot).some((p) => p.distance <= 10)).toBe(false);
    expect(pointsOfDisagreement(snapshot, 1)).toEqual([
      { issue: 'x', a: 'a', b: 'c', ...apart(60), meanSalience: 3, ...FIRM },
    ]);
    expect(pointsOfDisagreement(snapshot, 0)).toEqual([]);
  });

  it('ranks by the distance between positions, not the range gap, and carries the range gap', () => {
    // x: positions 70 apart, ranges overlap; y: positions 40 apart, ranges 30 apart.
    const ranged = dataset({
      issues: ['x', 'y'],
      positions: [
        coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 50 } }),
        coded('b', 'x', 'r1', 80, { acceptable: { min: 40, max: 90 } }),
        coded('a', 'y', 'r1', 20),
        coded('b', 'y', 'r1', 60, { acceptable: { min: 50, max: 70 } }),
      ],
    });
    expect(pointsOfDisagreement(takeSnapshot(ranged))).toEqual([
      {
        issue: 'x',
        a: 'a',
        b: 'b',
        distance: 70,
        rangeGap: 0,
        ranged: true,
        meanSalience: 3,
        ...FIRM,
      },
      {
        issue: 'y',
        a: 'a',
        b: 'b',
        distance: 40,
        rangeGap: 30,
        ranged: true,
        meanSalience: 3,
        ...FIRM,
      },
    ]);
  });

  it('is empty with no positions or one party', () => {
    expect(pointsOfDisagreement(takeSnapshot(dataset()))).toEqual([]);
    expect(
      pointsOfDisagreement(
        takeSnapshot(dataset({ parties: ['a'], positions: [coded('a', 'x', 'r1', 1)] })),
      ),
    ).toEqual([]);
  });

  it('equals a full sort of every pair on a random fixture', () => {
    const snapshot = takeSnapshot(randomDataset(42, 12, 30));
    const full = fullDisagreement(snapshot);
    expect(full.length).toBeGreaterThan(100);
    for (const limit of [1, 10, 57, Infinity]) {
      expect(pointsOfDisagreement(snapshot, limit)).toEqual(full.slice(0, limit));
    }
  });
});

describe('pointsOfAgreement', () => {
  const data = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y', 'z'],
    rounds: [
      ['r1', '2025-01-01'],
      ['r2', '2025-02-01'],
    ],
    positions: [
      coded('a', 'x', 'r1', 40),
      coded('b', 'x', 'r1', 48),
      coded('c', 'x', 'r1', 90),
      coded('a', 'y', 'r1', 20, { acceptable: { min: 10, max: 30 } }),
      coded('b', 'y', 'r1', 45, { acceptable: { min: 30, max: 60 } }),
      coded('c', 'y', 'r1', 90),
      coded('a', 'z', 'r1', 10),
      silent('b', 'z', 'r1'),
      coded('c', 'z', 'r1', 95),
    ],
  });
  const outcomes = [
    outcome('z', 'r1', ['a', 'b']),
    outcome('x', 'r1', ['c', 'a']),
    outcome('y', 'r2', ['a', 'c']),
  ];

  it('ranks outcomes first, then overlapping ranges, then close values', () => {
    expect(pointsOfAgreement(takeSnapshot(data, { round: 'r1' }), outcomes)).toEqual([
      { issue: 'x', a: 'a', b: 'c', apart: apart(50), reason: 'outcome', outcome: outcomes[1] },
      { issue: 'z', a: 'a', b: 'b', reason: 'outcome', outcome: outcomes[0] },
      {
        issue: 'y',
        a: 'a',
        b: 'b',
        apart: { distance: 25, rangeGap: 0, ranged: true },
        reason: 'overlap',
        overlap: { min: 30, max: 30 },
      },
      { issue: 'x', a: 'a', b: 'b', apart: apart(8), reason: 'close' },
    ]);
  });

  it('counts an outcome only from a round up to the snapshot round', () => {
    const points = pointsOfAgreement(takeSnapshot(data), outcomes);
    expect(points.filter((p) => p.reason === 'outcome').map((p) => [p.issue, p.a, p.b])).toEqual([
      ['x', 'a', 'c'],
      ['y', 'a', 'c'],
      ['z', 'a', 'b'],
    ]);
  });

  it('counts a range gap of exactly 10 as close and leaves out parties outside the snapshot', () => {
    const ten = dataset({
      parties: ['a', 'b', 'c'],
      positions: [coded('a', 'x', 'r1', 30), coded('b', 'x', 'r1', 40), coded('c', 'x', 'r1', 35)],
    });
    expect(
      pointsOfAgreement(takeSnapshot(ten, { parties: ['a', 'b'] }), [
        outcome('x', 'r1', ['a', 'c']),
      ]),
    ).toEqual([{ issue: 'x', a: 'a', b: 'b', apart: apart(10), reason: 'close' }]);
  });

  it('counts ranges within 10 as close however far apart the positions are', () => {
    const near = dataset({
      positions: [
        coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 40 } }),
        coded('b', 'x', 'r1', 70, { acceptable: { min: 45, max: 80 } }),
      ],
    });
    expect(pointsOfAgreement(takeSnapshot(near))).toEqual([
      {
        issue: 'x',
        a: 'a',
        b: 'b',
        apart: { distance: 60, rangeGap: 5, ranged: true },
        reason: 'close',
      },
    ]);
  });

  it('is empty with no positions and no outcomes', () => {
    expect(pointsOfAgreement(takeSnapshot(dataset()))).toEqual([]);
  });

  it('equals a full sort of every pair on a random fixture without outcomes', () => {
    const snapshot = takeSnapshot(randomDataset(5, 14, 40, 2), { round: 'r0' });
    const full = fullAgreement(snapshot, []);
    expect(new Set(full.map((p) => p.reason))).toEqual(new Set(['overlap', 'close']));
    for (const limit of [1, 10, 80, Infinity]) {
      expect(pointsOfAgreement(snapshot, [], limit)).toEqual(full.slice(0, limit));
    }
  });

  it('equals a full sort of every pair on a random fixture', () => {
    const random = randomDataset(9, 10, 25, 2);
    const snapshot = takeSnapshot(random);
    const full = fullAgreement(snapshot, random.outcomes ?? []);
    expect(full.some((p) => p.reason === 'outcome' && p.apart === undefined)).toBe(true);
    for (const limit of [1, 10, 33, Infinity]) {
      expect(pointsOfAgreement(snapshot, random.outcomes, limit)).toEqual(full.slice(0, limit));
    }
  });
});

/** Every disagreeing pair, sorted in full: the reference the bounded ranking must match. */
function fullDisagreement(snapshot: Snapshot): DisagreementPoint[] {
  const issueOrder = snapshot.issues;
  return snapshot.issues
    .flatMap((issue) => issueGaps(snapshot, issue))
    .filter((pair) => pair.distance > 10)
    .map(({ issue, a, b, distance, rangeGap, ranged }) => {
      const salience = (party: string) => knownPositionOf(snapshot, issue, party)?.salience ?? 3;
      const basis = (party: string) => {
        const { status, confidence } = knownPositionOf(snapshot, issue, party)!.position;
        return { status, confidence };
      };
      return {
        issue,
        a,
        b,
        distance,
        rangeGap,
        ranged,
        meanSalience: (salience(a) + salience(b)) / 2,
        aBasis: basis(a),
        bBasis: basis(b),
      };
    })
    .sort(
      (x, y) =>
        y.distance - x.distance ||
        y.meanSalience - x.meanSalience ||
        issueOrder.indexOf(x.issue) - issueOrder.indexOf(y.issue),
    );
}

/** Every agreeing pair, sorted in full, built the slow way. */
function fullAgreement(snapshot: Snapshot, outcomes: Outcome[]): AgreementPoint[] {
  const upTo = snapshot.rounds.findIndex((r) => r.id === snapshot.round.id);
  const inScope = outcomes.filter(
    (o) => snapshot.rounds.findIndex((r) => r.id === o.round) <= upTo,
  );
  const points: { point: AgreementPoint; place: number[] }[] = [];
  snapshot.issues.forEach((issue, issueIndex) => {
    snapshot.parties.forEach((a, ai) => {
      snapshot.parties.forEach((b, bi) => {
        if (bi <= ai) return;
        const agreed = inScope
          .filter((o) => o.issue === issue && o.parties.includes(a) && o.parties.includes(b))
          .at(-1);
        const left = knownPositionOf(snapshot, issue, a);
        const right = knownPositionOf(snapshot, issue, b);
        const pair = left && right ? pairwiseGap(left, right) : undefined;
        const measured = pair
          ? { apart: { distance: pair.distance, rangeGap: pair.rangeGap, ranged: pair.ranged } }
          : {};
        const overlap = pair?.overlap ? { overlap: pair.overlap } : {};
        const point: AgreementPoint | undefined = agreed
          ? { issue, a, b, ...measured, reason: 'outcome', ...overlap, outcome: agreed }
          : pair?.overlap
            ? { issue, a, b, ...measured, reason: 'overlap', ...overlap }
            : pair && pair.rangeGap <= 10
              ? { issue, a, b, ...measured, reason: 'close' }
              : undefined;
        if (!point) return;
        points.push({ point, place: [issueIndex, ai, bi] });
      });
    });
  });
  const rank = { outcome: 0, overlap: 1, close: 2 };
  return points
    .sort(
      (x, y) =>
        rank[x.point.reason] - rank[y.point.reason] ||
        (x.point.apart?.rangeGap ?? Infinity) - (y.point.apart?.rangeGap ?? Infinity) ||
        x.place[0]! - y.place[0]! ||
        x.place[1]! - y.place[1]! ||
        x.place[2]! - y.place[2]!,
    )
    .map((entry) => entry.point);
}
