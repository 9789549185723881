import {
  SCENARIO_LABEL,
  SCENARIO_MARK,
  applyWhatIf,
  isScenarioPosition,
  issueConcessions,
  takeSnapshot,
} from '@/lib/analysis';
import { coded, dataset, randomDataset, silent, TWO_ROUNDS, withParties } from './fixtures';

describe('applyWhatIf', () => {
  const d = dataset({
    parties: ['a', 'b'],
    rounds: TWO_ROUNDS,
    positions: [
      coded('a', 'x', 'r1', 20, { acceptable: { min: 10, max: 30 }, salience: 4 }),
      coded('b', 'x', 'r1', 80),
      silent('b', 'x', 'r2'),
    ],
  });

  it('sets a value in the latest round, moving the range with it, marked as a scenario', () => {
    const { dataset: out, scenario } = applyWhatIf(
      d,
      [{ kind: 'position', party: 'a', issue: 'x', value: 90 }],
      'a.x=90',
    );
    const snapshot = takeSnapshot(out);
    const a = snapshot.known.get('x')!.find((k) => k.party === 'a')!;
    expect(a.value).toBe(90);
    // Range 10–30 moved by +70 and cut at 100.
    expect(a.interval).toEqual({ min: 80, max: 100 });
    expect(a.salience).toBe(4);
    expect(a.position.label).toBe(SCENARIO_LABEL);
    expect(a.position.summary).toContain(SCENARIO_MARK);
    expect(a.position.evidence).toEqual([]);
    expect(isScenarioPosition(a.position)).toBe(true);
    expect(a.fromRound.id).toBe('r2');
    // Earlier rounds stay as coded.
    expect(takeSnapshot(out, { round: 'r1' }).known.get('x')![0]!.value).toBe(20);
    expect(scenario.changes).toEqual([
      expect.objectContaining({
        partyName: 'a',
        issueTitle: 'x',
        roundLabel: 'r2',
        from: 20,
        to: 90,
      }),
    ]);
    expect(scenario.ignored).toEqual([]);
    // The coded dataset is untouched.
    expect(takeSnapshot(d).known.get('x')![0]!.value).toBe(20);
  });

  it('replaces a silent cell in the latest round, so the carried value gives way', () => {
    const { dataset: out } = applyWhatIf(
      d,
      [{ kind: 'position', party: 'b', issue: 'x', value: 30 }],
      'b.x=30',
    );
    const b = takeSnapshot(out)
      .known.get('x')!
      .find((k) => k.party === 'b')!;
    expect([b.value, b.carried, b.position.status]).toEqual([30, false, 'stated']);
    expect(out.positions.filter((p) => p.party === 'b' && p.round === 'r2')).toHaveLength(1);
  });

  it('a what-if that closes the gap by the holdout move opens a zone', () => {
    const before = issueConcessions(takeSnapshot(d), 'x')!;
    const holdout = before.holdouts.find((h) => h.party === 'b')!;
    const { dataset: out } = applyWhatIf(
      d,
      [{ kind: 'position', party: 'b', issue: 'x', value: 80 - holdout.points }],
      'b.x',
    );
    expect(issueConcessions(takeSnapshot(out), 'x')!.total).toBe(0);
  });

  it('sets a capability, with a note that says it is a scenario', () => {
    const withCap = withParties(d, { a: { capability: 70 } });
    const { dataset: out, scenario } = applyWhatIf(
      withCap,
      [{ kind: 'capability', party: 'a', value: 10 }],
      'a.capability=10',
    );
    expect(out.parties[0]).toMatchObject({ capability: 10 });
    expect(out.parties[0]!.capabilityNote).toContain(SCENARIO_MARK);
    expect(scenario.changes[0]).toMatchObject({ from: 70, to: 10 });
  });

  it('leaves out a party not at the table in the latest round, naming it', () => {
    const absent = withParties(d, { b: { rounds: ['r1'] } });
    const { dataset: out, scenario } = applyWhatIf(
      absent,
      [{ kind: 'position', party: 'b', issue: 'x', value: 50 }],
      'b.x=50',
    );
    expect(out).toBe(absent);
    expect(scenario.changes).toEqual([]);
    expect(scenario.ignored).toEqual([
      'Ignored what-if b.x=50: b is not at the table in the latest round.',
    ]);
  });

  it('gives the same snapshot as a dataset built from scratch (the patched grid is exact)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = randomDataset(seed, 4, 6, 3);
      const { dataset: out } = applyWhatIf(
        random,
        [
          { kind: 'position', party: 'p0', issue: 'i0', value: 33 },
          { kind: 'position', party: 'p2', issue: 'i3', value: 71 },
        ],
        'two',
      );
      const fresh = structuredClone(out);
      const cells = (x: typeof out) =>
        [...takeSnapshot(x).known.values()]
          .flat()
          .map((k) => [k.party, k.issue, k.value, k.carried]);
      expect(cells(out)).toEqual(cells(fresh));
    }
  });

  it('returns the same dataset when nothing applies', () => {
    expect(applyWhatIf(d, [], '').dataset).toBe(d);
  });
});
