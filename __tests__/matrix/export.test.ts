import { datasetJson } from '@/lib/matrix/api';
import { changeText, cellEvidence } from '@/lib/matrix/evidence';
import { datasetVersion, matrixCells, matrixCsv, matrixCsvFilename } from '@/lib/matrix/export';
import { buildMatrix } from '@/lib/matrix/model';
import { isCanonicalQuery } from '@/lib/matrix/url';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { coded, dataset, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b'],
  issues: ['x', 'y'],
  rounds: [
    ['r1', '2025-01-01'],
    ['r2', '2025-02-01'],
  ],
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

describe('cellEvidence', () => {
  it('gives the position in force and its history with changes', () => {
    const e = cellEvidence(d, 'x', 'a')!;
    expect(e.cell.position?.round).toBe('r2');
    expect(e.history.map((h) => [h.round.id, h.change, h.inForce])).toEqual([
      ['r1', undefined, false],
      ['r2', 20, true],
    ]);
  });

  it('shows a carried position at a later round and a not-coded cell as empty', () => {
    expect(cellEvidence(d, 'x', 'b')!.cell.carried).toBe(true);
    const empty = cellEvidence(d, 'y', 'a')!;
    expect(empty.cell.position).toBeUndefined();
    expect(empty.history.every((h) => h.position === undefined)).toBe(true);
  });

  it('is undefined for an unknown issue, party or round', () => {
    expect(cellEvidence(d, 'nope', 'a')).toBeUndefined();
    expect(cellEvidence(d, 'x', 'nope')).toBeUndefined();
    expect(cellEvidence(d, 'x', 'a', 'r9')).toBeUndefined();
  });
});

describe('changeText', () => {
  it('signs changes and names no change', () => {
    expect(changeText(20)).toBe('+20');
    expect(changeText(-15)).toBe('−15');
    expect(changeText(0)).toBe('no change');
    expect(changeText(undefined)).toBe('');
  });
});

describe('datasetJson', () => {
  it('carries the version, the round and per-issue gaps (null widest when one side)', () => {
    const json = datasetJson(d, datasetVersion('2025-12-31', 'abcd1234'));
    expect(json.round).toBe('r2');
    expect(json.gaps[0]).toMatchObject({ issue: 'x', known: 2, widest: { gap: 60 } });
    expect(json.gaps[1]).toEqual({ issue: 'y', known: 0, widest: null, pairs: [] });
    expect(json.dataset).toBe(d);
  });
});
