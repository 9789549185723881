import { knownPositionOf, orderedRounds, takeSnapshot } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

const threeRounds: [string, string][] = [
  ['r1', '2025-01-01'],
  ['r2', '2025-02-01'],
  ['r3', '2025-03-01'],
];

describe('orderedRounds', () => {
  it('is re-exported beside takeSnapshot', () => {
    expect(
      orderedRounds(
        dataset({
          rounds: [
            ['b', '2025-02-01'],
            ['a', '2025-01-01'],
          ],
        }),
      ).map((r) => r.id),
    ).toEqual(['a', 'b']);
  });
});

describe('takeSnapshot', () => {
  it('with no positions has an uncoded cell for every party and issue and nothing known', () => {
    const snapshot = takeSnapshot(dataset({ issues: ['x', 'y'] }));
    expect(snapshot.round.id).toBe('r1');
    expect(snapshot.parties).toEqual(['a', 'b']);
    expect(snapshot.issues).toEqual(['x', 'y']);
    expect(snapshot.known).toEqual(
      new Map([
        ['x', []],
        ['y', []],
      ]),
    );
    expect([...(snapshot.cells.get('y')?.values() ?? [])]).toEqual([
      { party: 'a', issue: 'y', carried: false, atTable: true },
      { party: 'b', issue: 'y', carried: false, atTable: true },
    ]);
  });

  it('defaults to the latest round by date, whatever the dataset order', () => {
    const snapshot = takeSnapshot(
      dataset({
        rounds: [
          ['late', '2025-06-01'],
          ['early', '2025-01-01'],
        ],
      }),
    );
    expect(snapshot.round.id).toBe('late');
    expect(snapshot.rounds.map((r) => r.id)).toEqual(['early', 'late']);
  });

  it('builds known positions with interval, range flag and salience, in party order', () => {
    const a = coded('a', 'x', 'r1', 40, { acceptable: { min: 30, max: 60 }, salience: 5 });
    const b = coded('b', 'x', 'r1', 70);
    const snapshot = takeSnapshot(dataset({ positions: [b, a] }));
    expect(snapshot.known.get('x')).toEqual([
      {
        party: 'a',
        issue: 'x',
        value: 40,
        interval: { min: 30, max: 60 },
        ranged: true,
        salience: 5,
        position: a,
        fromRound: snapshot.round,
        carried: false,
      },
      {
        party: 'b',
        issue: 'x',
        value: 70,
        interval: { min: 70, max: 70 },
        ranged: false,
        position: b,
        fromRound: snapshot.round,
        carried: false,
      },
    ]);
  });

  it('carries a position forward from an earlier round', () => {
    const data = dataset({
      rounds: threeRounds,
      positions: [coded('a', 'x', 'r1', 40), coded('b', 'x', 'r3', 10)],
    });
    const snapshot = takeSnapshot(data);
    expect(
      snapshot.known.get('x')?.map((k) => [k.party, k.value, k.fromRound.id, k.carried]),
    ).toEqual([
      ['a', 40, 'r1', true],
      ['b', 10, 'r3', false],
    ]);
  });

  it('takes a later coded value over an earlier one', () => {
    const data = dataset({
      rounds: threeRounds,
      positions: [coded('a', 'x', 'r1', 40), coded('a', 'x', 'r2', 55)],
    });
    expect(
      takeSnapshot(data)
        .known.get('x')
        ?.map((k) => [k.value, k.fromRound.id]),
    ).toEqual([[55, 'r2']]);
  });

  it('keeps an earlier value when a later round codes none (silence is not a withdrawal)', () => {
    const data = dataset({
      rounds: threeRounds,
      positions: [coded('a', 'x', 'r1', 40), silent('a', 'x', 'r3')],
    });
    const cell = takeSnapshot(data).cells.get('x')?.get('a');
    expect([cell?.position?.status, cell?.fromRound?.id, cell?.carried]).toEqual([
      'stated',
      'r1',
      true,
    ]);
  });

  it('shows a none when nothing with a value was ever coded', () => {
    const none = silent('a', 'x', 'r2');
    const snapshot = takeSnapshot(dataset({ rounds: threeRounds, positions: [none] }));
    expect(snapshot.cells.get('x')?.get('a')).toEqual({
      party: 'a',
      issue: 'x',
      position: none,
      fromRound: snapshot.rounds[1],
      carried: true,
      atTable: true,
    });
    expect(snapshot.known.get('x')).toEqual([]);
  });

  it('ignores rounds after the viewed round', () => {
    const data = dataset({
      rounds: threeRounds,
      positions: [coded('a', 'x', 'r1', 40), coded('a', 'x', 'r3', 90)],
    });
    const snapshot = takeSnapshot(data, { round: 'r2' });
    expect(snapshot.round.id).toBe('r2');
    expect(snapshot.known.get('x')?.map((k) => [k.value, k.carried])).toEqual([[40, true]]);
  });

  it('treats a round with the same date but later in the dataset as after the viewed round', () => {
    const rounds: [string, string][] = [
      ['first', '2025-01-01'],
      ['second', '2025-01-01'],
    ];
    const data = dataset({
      rounds,
      positions: [coded('a', 'x', 'first', 10), coded('a', 'x', 'second', 20)],
    });
    expect(
      takeSnapshot(data, { round: 'first' })
        .known.get('x')
        ?.map((k) => k.value),
    ).toEqual([10]);
    expect(
      takeSnapshot(data)
        .known.get('x')
        ?.map((k) => k.value),
    ).toEqual([20]);
  });

  it('restricts and reorders parties', () => {
    const data = dataset({
      parties: ['a', 'b', 'c'],
      positions: [coded('a', 'x', 'r1', 1), coded('c', 'x', 'r1', 3)],
    });
    const snapshot = takeSnapshot(data, { parties: ['c', 'b'] });
    expect(snapshot.parties).toEqual(['c', 'b']);
    expect([...(snapshot.cells.get('x')?.keys() ?? [])]).toEqual(['c', 'b']);
    expect(snapshot.known.get('x')?.map((k) => k.party)).toEqual(['c']);
  });

  it('throws a RangeError for an unknown round', () => {
    expect(() => takeSnapshot(dataset(), { round: 'nope' })).toThrow(RangeError);
  });
});

describe('knownPositionOf', () => {
  it('finds a known position and gives undefined for none or uncoded', () => {
    const snapshot = takeSnapshot(
      dataset({ positions: [coded('a', 'x', 'r1', 40), silent('b', 'x', 'r1')] }),
    );
    expect(knownPositionOf(snapshot, 'x', 'a')?.value).toBe(40);
    expect(knownPositionOf(snapshot, 'x', 'b')).toBeUndefined();
    expect(knownPositionOf(snapshot, 'y', 'a')).toBeUndefined();
  });
});
