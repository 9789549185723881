import { cellStatus, statusCounts, takeSnapshot } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

describe('cellStatus', () => {
  it('tells stated, inferred, none and not coded apart', () => {
    expect(
      cellStatus({
        party: 'a',
        issue: 'x',
        carried: false,
        atTable: true,
        position: coded('a', 'x', 'r', 1),
      }),
    ).toBe('stated');
    expect(
      cellStatus({
        party: 'a',
        issue: 'x',
        carried: false,
        atTable: true,
        position: coded('a', 'x', 'r', 1, { status: 'inferred' }),
      }),
    ).toBe('inferred');
    expect(
      cellStatus({
        party: 'a',
        issue: 'x',
        carried: false,
        atTable: true,
        position: silent('a', 'x', 'r'),
      }),
    ).toBe('none');
    expect(cellStatus({ party: 'a', issue: 'x', carried: false, atTable: true })).toBe('not-coded');
    expect(cellStatus(undefined)).toBe('not-coded');
    expect(cellStatus({ party: 'a', issue: 'x', carried: false, atTable: false })).toBe(
      'not-at-table',
    );
  });
});

describe('statusCounts', () => {
  it('counts every cell of the snapshot once, by status', () => {
    const d = dataset({
      parties: ['a', 'b', 'c'],
      positions: [
        coded('a', 'x', 'r1', 5),
        coded('b', 'x', 'r1', 5, { status: 'inferred' }),
        silent('c', 'x', 'r1'),
      ],
      issues: ['x', 'y'],
    });
    expect(statusCounts(takeSnapshot(d))).toEqual({
      stated: 1,
      inferred: 1,
      withdrawn: 0,
      none: 1,
      'not-coded': 3,
      'not-at-table': 0,
    });
  });
});
