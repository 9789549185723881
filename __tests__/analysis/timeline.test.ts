import {
  codingGrid,
  findRound,
  inForceAt,
  isCoded,
  orderedRounds,
  rowOf,
  selectParties,
} from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

const rounds: [string, string][] = [
  ['late', '2025-03-01'],
  ['early', '2025-01-01'],
  ['late-too', '2025-03-01'],
];

describe('orderedRounds', () => {
  it('orders by date, then by dataset order', () => {
    expect(orderedRounds(dataset({ rounds })).map((r) => r.id)).toEqual([
      'early',
      'late',
      'late-too',
    ]);
  });

  it('leaves the dataset untouched', () => {
    const data = dataset({ rounds });
    orderedRounds(data);
    expect(data.rounds.map((r) => r.id)).toEqual(['late', 'early', 'late-too']);
  });
});

describe('findRound', () => {
  it('finds a round by id and gives undefined for an unknown id', () => {
    const data = dataset({ rounds });
    expect(findRound(data, 'early')?.date).toBe('2025-01-01');
    expect(findRound(data, 'nope')).toBeUndefined();
  });
});

describe('isCoded', () => {
  it('is true only for stated and inferred positions', () => {
    expect(isCoded(coded('a', 'x', 'r1', 0))).toBe(true);
    expect(isCoded(coded('a', 'x', 'r1', 0, { status: 'inferred' }))).toBe(true);
    expect(isCoded(silent('a', 'x', 'r1'))).toBe(false);
    expect(isCoded(undefined)).toBe(false);
  });
});

describe('codingGrid', () => {
  it('lays positions out by round in time order, a value beating a none in the same round', () => {
    const value = coded('a', 'x', 'early', 40);
    const grid = codingGrid(
      dataset({
        rounds,
        positions: [
          value,
          silent('a', 'x', 'early'),
          silent('a', 'x', 'late'),
          coded('b', 'x', 'gone', 1),
        ],
      }),
    );
    expect(grid.rounds.map((r) => r.id)).toEqual(['early', 'late', 'late-too']);
    const a = rowOf(grid, 'x', 'a') ?? -1;
    expect(grid.positions.slice(a, a + 3)).toEqual([value, silent('a', 'x', 'late'), undefined]);
    expect([...grid.values.slice(a, a + 3)]).toEqual([40, NaN, NaN]);
    const b = rowOf(grid, 'x', 'b') ?? -1;
    expect(grid.positions.slice(b, b + 3)).toEqual([undefined, undefined, undefined]);
    expect(rowOf(grid, 'x', 'nobody')).toBeUndefined();
  });
});

describe('inForceAt', () => {
  const data = dataset({
    rounds: [
      ['r1', '2025-01-01'],
      ['r2', '2025-02-01'],
      ['r3', '2025-03-01'],
    ],
    positions: [silent('a', 'x', 'r1'), coded('a', 'x', 'r2', 40), silent('a', 'x', 'r3')],
  });
  const grid = codingGrid(data);
  const row = rowOf(grid, 'x', 'a');

  it('gives the latest none when no value has been coded yet', () => {
    expect(inForceAt(grid, row, 0)).toBe(0);
  });

  it('keeps an earlier value over a later none', () => {
    expect(inForceAt(grid, row, 2)).toBe(1);
  });

  it('is -1 for an uncoded cell or an unknown row', () => {
    expect(inForceAt(grid, rowOf(grid, 'x', 'b'), 2)).toBe(-1);
    expect(inForceAt(grid, undefined, 2)).toBe(-1);
  });
});

describe('selectParties', () => {
  const data = dataset({ parties: ['a', 'b', 'c'] });

  it('defaults to every party in dataset order', () => {
    expect(selectParties(data)).toEqual(['a', 'b', 'c']);
  });

  it('restricts and reorders, dropping unknown and repeated ids', () => {
    expect(selectParties(data, ['c', 'zz', 'a', 'c'])).toEqual(['c', 'a']);
  });
});
