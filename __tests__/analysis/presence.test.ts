import {
  alignmentMatrix,
  analyse,
  issueGaps,
  openDemands,
  zoneOfAgreement,
  pairSnapshot,
  isAtTable,
  lastRoundAtTable,
  positionShifts,
  presenceTable,
  roundsAtTable,
  statusCounts,
  takeSnapshot,
  valueSeries,
} from '@/lib/analysis';
import { TWO_ROUNDS, coded, dataset, silent, withParties, withdrawn } from './fixtures';

const THREE_ROUNDS: [string, string][] = [...TWO_ROUNDS, ['r3', '2025-03-01']];

/** Issue 14, failure 1: a draft (r1) replaced by a counter-proposal (r2), both near Russia ('ru'). */
function draftAndCounter() {
  const d = dataset({
    parties: ['draft', 'counter', 'ru'],
    issues: ['x', 'y'],
    rounds: TWO_ROUNDS,
    positions: [
      coded('draft', 'x', 'r1', 90),
      coded('draft', 'y', 'r1', 10),
      coded('ru', 'x', 'r1', 94),
      coded('ru', 'y', 'r1', 12),
      coded('counter', 'x', 'r2', 20),
      coded('counter', 'y', 'r2', 80),
    ],
  });
  return withParties(d, {
    draft: { kind: 'proposal' },
    counter: { kind: 'proposal', supersedes: 'draft' },
  });
}

describe('presenceTable', () => {
  it('puts a party without a rounds list at the table in every round', () => {
    const d = dataset({ rounds: TWO_ROUNDS });
    expect([...presenceTable(d, d.rounds)]).toEqual([1, 1, 1, 1]);
  });

  it('honours a rounds list', () => {
    const d = withParties(dataset({ rounds: THREE_ROUNDS }), { b: { rounds: ['r1', 'r3'] } });
    expect([...presenceTable(d, d.rounds)]).toEqual([1, 1, 1, 1, 0, 1]);
  });

  it('starts a proposal without a list at its first coded round and ends it where its successor starts (no presence lists)', () => {
    const d = draftAndCounter();
    expect(roundsAtTable(d, 'draft').map((r) => r.id)).toEqual(['r1']);
    expect(roundsAtTable(d, 'counter').map((r) => r.id)).toEqual(['r2']);
    expect(roundsAtTable(d, 'ru').map((r) => r.id)).toEqual(['r1', 'r2']);
  });

  it('resolves a chain of proposals and survives a cycle without hanging', () => {
    const d = withParties(
      dataset({
        parties: ['p1', 'p2', 'p3'],
        rounds: THREE_ROUNDS,
        positions: [
          coded('p1', 'x', 'r1', 1),
          coded('p2', 'x', 'r2', 2),
          coded('p3', 'x', 'r3', 3),
        ],
      }),
      {
        p1: { kind: 'proposal' },
        p2: { kind: 'proposal', supersedes: 'p1' },
        p3: { kind: 'proposal', supersedes: 'p2' },
      },
    );
    expect(roundsAtTable(d, 'p1').map((r) => r.id)).toEqual(['r1']);
    expect(roundsAtTable(d, 'p2').map((r) => r.id)).toEqual(['r2']);
    expect(lastRoundAtTable(d, 'p3')?.id).toBe('r3');
    const cyclic = withParties(d, { p1: { kind: 'proposal', supersedes: 'p3' } });
    expect(() => presenceTable(cyclic, cyclic.rounds)).not.toThrow();
  });
});

describe('isAtTable', () => {
  it('is false outside the rounds list and for unknown ids', () => {
    const d = withParties(dataset({ rounds: TWO_ROUNDS }), { b: { rounds: ['r1'] } });
    expect(isAtTable(d, 'b', 'r1')).toBe(true);
    expect(isAtTable(d, 'b', 'r2')).toBe(false);
    expect(isAtTable(d, 'nobody', 'r1')).toBe(false);
    expect(isAtTable(d, 'a', 'r9')).toBe(false);
  });
});

describe('takeSnapshot (presence and withdrawal)', () => {
  it('failure 1: a superseded draft is not at the table in round 2 and makes no agreement there', () => {
    const analysis = analyse(draftAndCounter(), { round: 'r2' });
    const cell = analysis.snapshot.cells.get('x')?.get('draft');
    expect(cell).toEqual({ party: 'draft', issue: 'x', carried: false, atTable: false });
    expect(analysis.snapshot.atTable).toEqual(['counter', 'ru']);
    expect(analysis.alignment.some((pair) => pair.a === 'draft' || pair.b === 'draft')).toBe(false);
    expect(analysis.pointsOfAgreement.some((p) => p.a === 'draft' || p.b === 'draft')).toBe(false);
    expect(analysis.snapshot.known.get('x')?.map((k) => k.party)).toEqual(['counter', 'ru']);
  });

  it('keeps a proposal in force in its own round, counting like any party', () => {
    const analysis = analyse(draftAndCounter(), { round: 'r1' });
    const pair = analysis.alignment.find((p) => p.a === 'draft' && p.b === 'ru');
    expect(pair?.score).toBe(97);
  });

  it('failure 2: a party outside its rounds carries nothing into them', () => {
    const d = withParties(
      dataset({
        rounds: THREE_ROUNDS,
        positions: [coded('a', 'x', 'r1', 40), coded('b', 'x', 'r1', 60)],
      }),
      { b: { rounds: ['r1', 'r3'] } },
    );
    const r2 = takeSnapshot(d, { round: 'r2' });
    expect(r2.cells.get('x')?.get('b')?.atTable).toBe(false);
    expect(r2.cells.get('x')?.get('b')?.position).toBeUndefined();
    expect(r2.known.get('x')?.map((k) => k.party)).toEqual(['a']);
    expect(statusCounts(r2)['not-at-table']).toBe(1);
    expect(statusCounts(r2).stated).toBe(1);
    // back at the table in r3, its last position stands again
    const r3 = takeSnapshot(d, { round: 'r3' });
    expect(r3.cells.get('x')?.get('b')?.fromRound?.id).toBe('r1');
  });

  it('leaves a party absent from the latest round out of the default view', () => {
    const d = withParties(
      dataset({
        rounds: TWO_ROUNDS,
        positions: [coded('a', 'x', 'r1', 40), coded('b', 'x', 'r1', 60)],
      }),
      { b: { rounds: ['r1'] } },
    );
    const analysis = analyse(d);
    expect(analysis.snapshot.round.id).toBe('r2');
    expect(analysis.snapshot.atTable).toEqual(['a']);
    expect(analysis.alignment).toEqual([]);
    expect(analysis.disagreements[0]?.known).toBe(1);
  });

  it('failure 3: a withdrawal ends a carried value', () => {
    const d = dataset({
      rounds: TWO_ROUNDS,
      positions: [coded('a', 'x', 'r1', 40), withdrawn('a', 'x', 'r2'), coded('b', 'x', 'r1', 50)],
    });
    const snapshot = takeSnapshot(d);
    const cell = snapshot.cells.get('x')?.get('a');
    expect(cell?.position?.status).toBe('withdrawn');
    expect(cell?.fromRound?.id).toBe('r2');
    expect(snapshot.known.get('x')?.map((k) => k.party)).toEqual(['b']);
    expect(statusCounts(snapshot).withdrawn).toBe(1);
  });

  it('keeps a withdrawal in force through later silence, while none keeps an earlier value', () => {
    const d = dataset({
      rounds: THREE_ROUNDS,
      positions: [
        coded('a', 'x', 'r1', 40),
        withdrawn('a', 'x', 'r2'),
        silent('a', 'x', 'r3'),
        coded('b', 'x', 'r1', 50),
        silent('b', 'x', 'r2'),
      ],
    });
    const snapshot = takeSnapshot(d, { round: 'r3' });
    expect(snapshot.cells.get('x')?.get('a')?.position?.status).toBe('withdrawn');
    const b = snapshot.cells.get('x')?.get('b');
    expect(b?.position?.status).toBe('stated');
    expect(b?.carried).toBe(true);
  });
});

describe('positionShifts (caveats and withdrawal)', () => {
  it('failure 4: a shift carries the status and confidence of each end', () => {
    const d = dataset({
      rounds: TWO_ROUNDS,
      positions: [
        { ...coded('a', 'x', 'r1', 75, { status: 'inferred' }), confidence: 'low' },
        coded('a', 'x', 'r2', 95),
      ],
    });
    const [shift] = positionShifts(d);
    expect(shift?.fromBasis).toEqual({ status: 'inferred', confidence: 'low' });
    expect(shift?.toBasis).toEqual({ status: 'stated', confidence: 'high' });
  });

  it('does not read a value after a withdrawal as a move from the one before it', () => {
    const d = dataset({
      rounds: THREE_ROUNDS,
      positions: [coded('a', 'x', 'r1', 10), withdrawn('a', 'x', 'r2'), coded('a', 'x', 'r3', 90)],
    });
    expect(positionShifts(d)).toEqual([]);
  });
});

describe('valueSeries (presence and withdrawal)', () => {
  it('marks absent and withdrawn rounds, with no value', () => {
    const d = withParties(
      dataset({
        rounds: THREE_ROUNDS,
        positions: [coded('a', 'x', 'r1', 10), withdrawn('a', 'x', 'r3'), coded('b', 'x', 'r1', 5)],
      }),
      { b: { rounds: ['r1'] } },
    );
    const [a, b] = valueSeries(d, 'x');
    expect(a?.points.map((p) => p.value)).toEqual([10, 10, undefined]);
    expect(a?.points[2]?.withdrawn).toBe(true);
    expect(b?.points.map((p) => p.absent)).toEqual([undefined, true, true]);
  });
});

describe('pairSnapshot', () => {
  it('shows a draft and its counter-proposal each at its last round in force, so they stay comparable', () => {
    const d = draftAndCounter();
    const { snapshot, successionRounds } = pairSnapshot(d, 'draft', 'counter', 'r2');
    expect(successionRounds?.a.id).toBe('r1');
    expect(successionRounds?.b.id).toBe('r2');
    expect(snapshot.known.get('x')?.map((k) => [k.party, k.value])).toEqual([
      ['draft', 90],
      ['counter', 20],
    ]);
    expect(alignmentMatrix(snapshot)).toEqual([
      { a: 'draft', b: 'counter', score: 30, compared: 2 },
    ]);
  });

  it('compares any other pair at the round viewed', () => {
    const d = draftAndCounter();
    const { snapshot, successionRounds } = pairSnapshot(d, 'draft', 'ru', 'r2');
    expect(successionRounds).toBeUndefined();
    expect(snapshot.cells.get('x')?.get('draft')?.atTable).toBe(false);
    expect(alignmentMatrix(snapshot)).toEqual([]);
  });
});

describe('analyse (every output leaves out parties not at the table)', () => {
  it('uses an absent party in no gap, zone, ranking, alignment, demand or count', () => {
    // b is far from a and c, and alone on y; in r2 it is not at the table
    const d = withParties(
      dataset({
        parties: ['a', 'b', 'c'],
        issues: ['x', 'y'],
        rounds: TWO_ROUNDS,
        positions: [
          coded('a', 'x', 'r1', 10),
          coded('b', 'x', 'r1', 90),
          coded('c', 'x', 'r1', 20),
          coded('b', 'y', 'r1', 50),
        ],
      }),
      { b: { rounds: ['r1'] } },
    );
    const r1 = analyse(d, { round: 'r1' });
    expect(r1.pointsOfDisagreement.some((p) => p.a === 'b' || p.b === 'b')).toBe(true);
    expect(r1.openDemands.map((o) => o.party)).toEqual(['b']);
    const r2 = analyse(d, { round: 'r2' });
    const mentions = (p: { a: string; b: string }) => p.a === 'b' || p.b === 'b';
    expect(issueGaps(r2.snapshot, 'x').some(mentions)).toBe(false);
    expect(zoneOfAgreement(r2.snapshot.known.get('x') ?? [])).toMatchObject({
      kind: 'missing',
      parties: ['a', 'c'],
    });
    expect(r2.pointsOfDisagreement.some(mentions)).toBe(false);
    expect(r2.pointsOfAgreement.some(mentions)).toBe(false);
    expect(r2.alignment.some(mentions)).toBe(false);
    expect(openDemands(r2.snapshot)).toEqual([]);
    expect(r2.disagreements.map((x) => x.known)).toEqual([2, 0]);
    expect(statusCounts(r2.snapshot)).toMatchObject({ stated: 2, 'not-at-table': 2 });
  });
});
