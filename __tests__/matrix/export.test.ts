import { datasetVersion, matrixCells, matrixCsv, matrixCsvFilename } from '@/lib/matrix/export';
import { buildMatrix } from '@/lib/matrix/model';
import { isCanonicalQuery } from '@/lib/matrix/url';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { TWO_ROUNDS, coded, dataset, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b'],
  issues: ['x', 'y'],
  rounds: TWO_ROUNDS,
  positions: [
    coded('a', 'x', 'r1', 10),
    coded('a', 'x', 'r2', 30),
    coded('b', 'x', 'r1', 90),
    silent('b', 'y', 'r2'),
  ],
});

describe('matrixCells', () => {
  it('lists shown positions under the round they date from, skipping cells nobody coded', () => {
    expect(matrixCells(buildMatrix(d, DEFAULT_VIEW))).toEqual([
      { party: 'a', issue: 'x', round: 'r2' },
      { party: 'b', issue: 'x', round: 'r1' },
      { party: 'b', issue: 'y', round: 'r2' },
    ]);
  });
});

describe('matrixCsv', () => {
  it('exports the view: one party, the round viewed', () => {
    const csv = matrixCsv(d, buildMatrix(d, { ...DEFAULT_VIEW, parties: ['a'], round: 'r1' }));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^r1,a,x,stated,10,/);
  });
});

describe('matrixCsvFilename', () => {
  it('carries the dataset id and version, and says when the view is filtered', () => {
    const v = datasetVersion('2025-12-31', 'abcd1234');
    expect(v.label).toBe('2025-12-31-abcd1234');
    expect(matrixCsvFilename(d, v, DEFAULT_VIEW)).toBe('fixture-matrix-2025-12-31-abcd1234.csv');
    expect(matrixCsvFilename(d, v, { ...DEFAULT_VIEW, q: 'x' })).toBe(
      'fixture-matrix-2025-12-31-abcd1234-filtered.csv',
    );
  });
});

describe('isCanonicalQuery', () => {
  it('accepts the same parameters in any order and rejects extra or repeated ones', () => {
    expect(isCanonicalQuery({}, '')).toBe(true);
    expect(isCanonicalQuery({ sort: 'title', q: 'x' }, '?q=x&sort=title')).toBe(true);
    expect(isCanonicalQuery({ q: '' }, '')).toBe(false);
    expect(isCanonicalQuery({ parties: ['a', 'b'] }, '?parties=a,b')).toBe(false);
    expect(isCanonicalQuery({ parties: 'a,b' }, '?parties=a,b')).toBe(true);
  });
});
