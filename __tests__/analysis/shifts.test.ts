import { positionShifts, valueSeries } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

const rounds: [string, string][] = [
  ['r3', '2025-03-01'],
  ['r1', '2025-01-01'],
  ['r2', '2025-02-01'],
];

describe('positionShifts', () => {
  it('gives moves between rounds that code a value, in round order, skipping none', () => {
    const data = dataset({
      rounds,
      positions: [coded('a', 'x', 'r3', 70), coded('a', 'x', 'r1', 40), silent('a', 'x', 'r2')],
    });
    const shifts = positionShifts(data);
    expect(
      shifts.map((s) => [s.party, s.issue, s.from.id, s.to.id, s.fromValue, s.toValue, s.delta]),
    ).toEqual([['a', 'x', 'r1', 'r3', 40, 70, 30]]);
  });

  it('includes a re-stated position as delta 0, and negative moves', () => {
    const data = dataset({
      rounds,
      positions: [coded('a', 'x', 'r1', 40), coded('a', 'x', 'r2', 40), coded('a', 'x', 'r3', 25)],
    });
    expect(positionShifts(data).map((s) => s.delta)).toEqual([0, -15]);
  });

  it('is empty with a single coded round, no positions, or none only', () => {
    expect(positionShifts(dataset({ rounds, positions: [coded('a', 'x', 'r1', 40)] }))).toEqual([]);
    expect(positionShifts(dataset({ rounds }))).toEqual([]);
    expect(
      positionShifts(
        dataset({ rounds, positions: [silent('a', 'x', 'r1'), silent('a', 'x', 'r2')] }),
      ),
    ).toEqual([]);
  });

  it('orders by party filter, then issue, and stops at the given round', () => {
    const data = dataset({
      rounds,
      issues: ['x', 'y'],
      positions: [
        coded('a', 'x', 'r1', 10),
        coded('a', 'x', 'r2', 20),
        coded('b', 'y', 'r1', 50),
        coded('b', 'y', 'r2', 60),
        coded('b', 'x', 'r1', 5),
        coded('b', 'x', 'r3', 0),
      ],
    });
    expect(positionShifts(data, ['b', 'a']).map((s) => [s.party, s.issue, s.to.id])).toEqual([
      ['b', 'x', 'r3'],
      ['b', 'y', 'r2'],
      ['a', 'x', 'r2'],
    ]);
    expect(positionShifts(data, ['b'], 'r2').map((s) => [s.issue, s.delta])).toEqual([['y', 10]]);
    expect(() => positionShifts(data, undefined, 'nope')).toThrow(RangeError);
  });
});

describe('valueSeries', () => {
  it('gives the value in force per round, carried forward, undefined before any value', () => {
    const data = dataset({
      rounds,
      positions: [
        silent('a', 'x', 'r1'),
        coded('a', 'x', 'r2', 40),
        silent('a', 'x', 'r3'),
        coded('b', 'x', 'r3', 60),
      ],
    });
    const series = valueSeries(data, 'x');
    expect(series.map((s) => [s.party, s.points.map((p) => [p.round.id, p.value])])).toEqual([
      [
        'a',
        [
          ['r1', undefined],
          ['r2', 40],
          ['r3', 40],
        ],
      ],
      [
        'b',
        [
          ['r1', undefined],
          ['r2', undefined],
          ['r3', 60],
        ],
      ],
    ]);
    expect(series[0]?.points[0]).toEqual({ round: { id: 'r1', label: 'r1', date: '2025-01-01' } });
    // r2 codes a's value; r3 says nothing new ('none'), so the value is carried from r2.
    expect(series[0]?.points[1]?.carriedFrom).toBeUndefined();
    expect(series[0]?.points[2]?.carriedFrom?.id).toBe('r2');
    expect(series[1]?.points[2]?.carriedFrom).toBeUndefined();
  });

  it('follows the party filter and gives undefined values for an uncoded issue', () => {
    const series = valueSeries(dataset({ rounds, parties: ['a', 'b'] }), 'nope', ['b']);
    expect(series.map((s) => [s.party, s.points.map((p) => p.value)])).toEqual([
      ['b', [undefined, undefined, undefined]],
    ]);
  });
});
