import { cellStatus, coverageOf, statusCounts, takeSnapshot } from '@/lib/analysis';
import { TWO_ROUNDS, coded, dataset, silent, withParties, withdrawn } from './fixtures';

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

describe('coverageOf', () => {
  it('gives every party-round a cell per issue: coded, carried, withdrawn, silent, not coded or not at the table', () => {
    const d = withParties(
      dataset({
        parties: ['a', 'b', 'c'],
        issues: ['x', 'y'],
        rounds: TWO_ROUNDS,
        positions: [
          { ...coded('a', 'x', 'r1', 40, { status: 'inferred' }), confidence: 'low' },
          withdrawn('a', 'y', 'r2'),
          silent('b', 'x', 'r1'),
          coded('c', 'x', 'r1', 10),
        ],
      }),
      { c: { rounds: ['r1'] } },
    );
    const coverage = coverageOf(d);
    expect(coverage.rows.map((row) => `${row.party}@${row.round.id}`)).toEqual([
      'a@r1',
      'b@r1',
      'c@r1',
      'a@r2',
      'b@r2',
      'c@r2',
    ]);
    const a2 = coverage.rows[3]!.cells;
    expect(a2[0]).toMatchObject({ state: 'carried', carriedStatus: 'inferred', confidence: 'low' });
    expect(a2[0]?.carriedFrom?.id).toBe('r1');
    expect(a2[1]).toEqual({ issue: 'y', state: 'withdrawn', confidence: 'high' });
    expect(coverage.rows[5]!.cells.map((c) => c.state)).toEqual(['not-at-table', 'not-at-table']);
    expect(coverage.perRound.get('r1')?.byState).toEqual({
      stated: 1,
      inferred: 1,
      withdrawn: 0,
      none: 1,
      carried: 0,
      'not-coded': 3,
      'not-at-table': 0,
    });
    expect(coverage.perRound.get('r2')?.byState).toMatchObject({
      carried: 2,
      withdrawn: 1,
      'not-coded': 1,
      'not-at-table': 2,
    });
    expect(coverage.overall.byConfidence).toEqual({ high: 2, medium: 0, low: 2, unstated: 2 });
  });
});
