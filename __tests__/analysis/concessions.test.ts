import {
  type ConcessionSide,
  closestToAgreement,
  concessionsNeeded,
  issueConcessions,
  takeSnapshot,
} from '@/lib/analysis';
import { coded, dataset, randomDataset, seeded } from './fixtures';

const point = (party: string, value: number): ConcessionSide => ({
  party,
  value,
  interval: { min: value, max: value },
});
const ranged = (party: string, value: number, min: number, max: number): ConcessionSide => ({
  party,
  value,
  interval: { min, max },
});

describe('concessionsNeeded', () => {
  it('is undefined with fewer than two positions', () => {
    expect(concessionsNeeded([])).toBeUndefined();
    expect(concessionsNeeded([point('a', 40)])).toBeUndefined();
  });

  it('needs nothing when the ranges already meet, meeting in the middle of the zone', () => {
    const c = concessionsNeeded([ranged('a', 30, 20, 50), ranged('b', 60, 40, 70)])!;
    expect(c.total).toBe(0);
    expect(c.cheapest).toEqual({ min: 40, max: 50 });
    expect(c.meetingPoint).toBe(45);
    expect(c.moves.every((m) => m.points === 0 && m.direction === 'none')).toBe(true);
    expect(c.holdouts).toEqual([]);
  });

  it('with no ranges, two values meet anywhere between them; each moves half (a tie)', () => {
    const c = concessionsNeeded([point('a', 20), point('b', 80)])!;
    expect(c.total).toBe(60);
    expect(c.cheapest).toEqual({ min: 20, max: 80 });
    expect(c.meetingPoint).toBe(50);
    expect(c.moves.map((m) => [m.party, m.points, m.direction, m.to.value])).toEqual([
      ['a', 30, 'up', 50],
      ['b', 30, 'down', 50],
    ]);
    // Either alone could close it: both are holdouts, each by the whole distance.
    expect(c.holdouts.map((h) => [h.party, h.points])).toEqual([
      ['a', 60],
      ['b', 60],
    ]);
  });

  it('with no ranges and three values, meets at the median', () => {
    const c = concessionsNeeded([point('a', 10), point('b', 20), point('c', 80)])!;
    // |10 − 20| + 0 + |80 − 20|
    expect(c.total).toBe(70);
    expect(c.cheapest).toEqual({ min: 20, max: 20 });
    expect(c.meetingPoint).toBe(20);
    expect(c.holdouts).toEqual([]);
  });

  it('names a single holdout whose move alone opens a zone', () => {
    const c = concessionsNeeded([
      ranged('ukraine', 20, 10, 30),
      ranged('us', 25, 20, 40),
      point('russia', 55),
    ])!;
    // Ukraine and the US share 20–30; Russia at 55 is 25 points from it.
    expect(c.holdouts).toEqual([{ party: 'russia', points: 25, othersZone: { min: 20, max: 30 } }]);
    // Ends 10,20,30,40,55,55: any meeting point from 30 to 40 costs 25 in all.
    expect(c.total).toBe(25);
    expect(c.cheapest).toEqual({ min: 30, max: 40 });
    // The middle of 30 and 55 is 42.5, held to 40: Ukraine moves 10 and Russia 15.
    expect(c.meetingPoint).toBe(40);
    expect(c.moves.map((m) => m.points)).toEqual([10, 0, 15]);
    const ukraine = c.moves[0]!;
    expect(ukraine.to).toEqual({ value: 30, interval: { min: 20, max: 40 } });
  });

  it('moves a ranged party only until its range takes in the meeting point', () => {
    const c = concessionsNeeded([ranged('a', 10, 0, 30), point('b', 60)])!;
    expect(c.total).toBe(30);
    expect(c.cheapest).toEqual({ min: 30, max: 60 });
    expect(c.meetingPoint).toBe(45);
    expect(c.moves.map((m) => [m.points, m.direction])).toEqual([
      [15, 'up'],
      [15, 'down'],
    ]);
  });
});

describe('issueConcessions and closestToAgreement', () => {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['near', 'far', 'met', 'alone'],
    positions: [
      coded('a', 'near', 'r1', 40),
      coded('b', 'near', 'r1', 50),
      coded('a', 'far', 'r1', 0),
      coded('b', 'far', 'r1', 100),
      coded('c', 'far', 'r1', 100),
      coded('a', 'met', 'r1', 30, { acceptable: { min: 20, max: 60 } }),
      coded('b', 'met', 'r1', 50),
      coded('a', 'alone', 'r1', 10),
    ],
  });
  const snapshot = takeSnapshot(d);

  it('reads the known positions of one issue', () => {
    expect(issueConcessions(snapshot, 'near')?.total).toBe(10);
    expect(issueConcessions(snapshot, 'alone')).toBeUndefined();
  });

  it('ranks issues by the movement needed, an existing zone first, one position left out', () => {
    const ranks = closestToAgreement(snapshot);
    expect(ranks.map((r) => [r.issue, r.concessions.total, r.movers])).toEqual([
      ['met', 0, 0],
      ['near', 10, 2],
      ['far', 100, 1],
    ]);
  });

  it('breaks ties by fewer movers, then issue order', () => {
    const tie = dataset({
      parties: ['a', 'b', 'c'],
      issues: ['x', 'y', 'z'],
      positions: [
        coded('a', 'x', 'r1', 0),
        coded('b', 'x', 'r1', 20),
        coded('a', 'y', 'r1', 0),
        coded('b', 'y', 'r1', 20),
        coded('a', 'z', 'r1', 0),
        coded('b', 'z', 'r1', 0),
        coded('c', 'z', 'r1', 20),
      ],
    });
    const ranks = closestToAgreement(takeSnapshot(tie));
    expect(ranks.map((r) => [r.issue, r.concessions.total, r.movers])).toEqual([
      ['z', 20, 1],
      ['x', 20, 2],
      ['y', 20, 2],
    ]);
  });
});

describe('property: moving a party towards the meeting point never increases the concessions needed', () => {
  it('holds on 300 random issues', () => {
    const random = seeded(20);
    for (let seed = 0; seed < 60; seed++) {
      const d = randomDataset(seed, 2 + (seed % 6), 5);
      const snapshot = takeSnapshot(d);
      for (const issue of snapshot.issues) {
        const sides = snapshot.known.get(issue) ?? [];
        const before = concessionsNeeded(sides);
        if (!before) continue;
        const i = Math.floor(random() * sides.length);
        const move = before.moves[i]!;
        // A step of up to the full move, in its direction.
        const step = (move.to.value - move.from.value) * random();
        const moved = sides.map((s, j) =>
          j === i
            ? {
                party: s.party,
                value: s.value + step,
                interval: { min: s.interval.min + step, max: s.interval.max + step },
              }
            : s,
        );
        const after = concessionsNeeded(moved)!;
        expect(after.total).toBeLessThanOrEqual(before.total + 1e-9);
        // The move falls by at least the step: the meeting point is no further away than it was.
        expect(after.total).toBeLessThanOrEqual(before.total - Math.abs(step) + 1e-9);
      }
    }
  });

  it('holds when a party moves towards the zone the others share', () => {
    for (let seed = 100; seed < 160; seed++) {
      const d = randomDataset(seed, 3 + (seed % 4), 4);
      const snapshot = takeSnapshot(d);
      for (const issue of snapshot.issues) {
        const sides = snapshot.known.get(issue) ?? [];
        const before = concessionsNeeded(sides);
        if (!before) continue;
        for (const holdout of before.holdouts) {
          const i = sides.findIndex((s) => s.party === holdout.party);
          const s = sides[i]!;
          const towards = holdout.othersZone.min > s.interval.max ? 1 : -1;
          for (const fraction of [0.25, 0.5, 1]) {
            const step = towards * holdout.points * fraction;
            const moved = sides.map((x, j) =>
              j === i
                ? {
                    party: x.party,
                    value: x.value + step,
                    interval: { min: x.interval.min + step, max: x.interval.max + step },
                  }
                : x,
            );
            expect(concessionsNeeded(moved)!.total).toBeLessThanOrEqual(before.total + 1e-9);
            if (fraction === 1) expect(concessionsNeeded(moved)!.total).toBeCloseTo(0);
          }
        }
      }
    }
  });
});
