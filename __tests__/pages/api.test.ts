import { datasetVersion } from '@/lib/matrix/export';
import { datasetJson } from '@/lib/pages/api';
import { TWO_ROUNDS, coded, dataset, silent } from '../analysis/fixtures';

const positions = [coded('a', 'x', 'r2', 30), coded('b', 'x', 'r1', 90), silent('b', 'y', 'r2')];
const d = dataset({ issues: ['x', 'y'], rounds: TWO_ROUNDS, positions });

describe('datasetJson', () => {
  it('carries the version, the round and per-issue gaps (null widest when one side)', () => {
    const json = datasetJson(d, datasetVersion('2025-12-31', 'abcd1234'));
    expect(json.round).toBe('r2');
    expect(json.gaps[0]).toMatchObject({ issue: 'x', known: 2, widest: { gap: 60 } });
    expect(json.gaps[1]).toEqual({ issue: 'y', known: 0, widest: null, pairs: [] });
    expect(json.dataset).toBe(d);
  });
});
