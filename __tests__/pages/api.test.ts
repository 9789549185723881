import { applyWhatIf, SCENARIO_MARK } from '@/lib/analysis';
import { parseWhatIf } from '@/lib/url/whatif';
import { datasetVersion } from '@/lib/matrix/export';
import { datasetJson, pairJson } from '@/lib/pages/api';
import { TWO_ROUNDS, coded, dataset, silent, withParties } from '../analysis/fixtures';

const positions = [coded('a', 'x', 'r2', 30), coded('b', 'x', 'r1', 90), silent('b', 'y', 'r2')];
const d = dataset({ issues: ['x', 'y'], rounds: TWO_ROUNDS, positions });

describe('datasetJson', () => {
  it('carries the version, the round and per-issue gaps (null widest when one side)', () => {
    const json = datasetJson(d, datasetVersion('2025-12-31', 'abcd1234'));
    expect(json.round).toBe('r2');
    expect(json.gaps[0]).toMatchObject({
      issue: 'x',
      known: 2,
      widest: { distance: 60, rangeGap: 60, ranged: false },
    });
    expect(json.gaps[1]).toEqual({ issue: 'y', known: 0, widest: null, pairs: [] });
    expect(json.dataset).toBe(d);
  });
});

describe('pairJson', () => {
  it('shows a draft and its counter-proposal each at its last round in force', () => {
    const d = withParties(
      dataset({
        parties: ['draft', 'counter'],
        rounds: TWO_ROUNDS,
        positions: [coded('draft', 'x', 'r1', 90), coded('counter', 'x', 'r2', 20)],
      }),
      { draft: { kind: 'proposal' }, counter: { kind: 'proposal', supersedes: 'draft' } },
    );
    const pair = pairJson(d, 'draft', 'counter');
    expect(pair.a).toEqual({ party: 'draft', round: 'r1' });
    expect(pair.b).toEqual({ party: 'counter', round: 'r2' });
    expect(pair.gaps.map((g) => [g.distance, g.rangeGap])).toEqual([[70, 70]]);
    expect(pair.alignment.score).toBe(30);
  });
});

describe('datasetJson of a what-if view', () => {
  it('is marked not coded data, lists the changes and the parts left out, and computes with them', () => {
    const { changes, notes } = parseWhatIf('b.x=40,b.nope=3', d);
    const applied = applyWhatIf(d, changes, 'b.x=40,b.nope=3', notes);
    const json = datasetJson(
      applied.dataset,
      datasetVersion('2025-12-31', 'abcd1234'),
      undefined,
      undefined,
      undefined,
      applied.scenario,
    );
    expect(json.scenario).toMatchObject({
      mark: SCENARIO_MARK,
      spec: 'b.x=40,b.nope=3',
      changes: [expect.stringMatching(/on .*: 90 → 40/)],
      ignored: [expect.stringMatching(/nope/)],
    });
    expect(json.gaps[0]?.widest?.distance).toBe(10);
  });

  it('carries no scenario for coded data', () => {
    expect(datasetJson(d, datasetVersion('2025-12-31', 'abcd1234')).scenario).toBeUndefined();
  });
});
