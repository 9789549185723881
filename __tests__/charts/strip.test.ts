import { takeSnapshot } from '@/lib/analysis';
import { positionStripSeries, stripCaption, stripNote } from '@/lib/charts/strip';
import { isolate as iso } from '@/lib/wording/text';
import { type FixtureSpec, coded, dataset, silent, withParties } from '../analysis/fixtures';

const rounds: [string, string][] = [
  ['r1', '2025-01-01'],
  ['r2', '2025-02-01'],
];

function strip(positions: FixtureSpec['positions'], parties = ['a', 'b', 'c']) {
  const d = dataset({ parties, positions, rounds });
  return positionStripSeries(d, takeSnapshot(d), 'x');
}

describe('positionStripSeries', () => {
  it('draws one marker per known position and lists the silent parties, with the missing distance', () => {
    const s = strip([coded('a', 'x', 'r2', 20), coded('b', 'x', 'r2', 80), silent('c', 'x', 'r2')]);
    expect(s.markers.map((m) => [m.party, m.value, m.row])).toEqual([
      ['a', 20, 0],
      ['b', 80, 1],
    ]);
    expect(s.silent).toEqual([{ party: 'c', name: 'c' }]);
    expect(s.gap).toEqual({
      kind: 'gap',
      from: 20,
      to: 80,
      distance: 60,
      between: ['a', 'b'],
      text: 'positions 60 apart',
    });
    expect(s.widest).toEqual({ distance: 60, rangeGap: 60, ranged: false, a: 'a', b: 'b' });
    expect(s.note).toBeUndefined();
    expect(s.caption).toBe(`${iso('a')} and ${iso('b')} are furthest apart: positions 60 apart.`);
    expect(s.description).toContain(`No stated position: ${iso('c')}.`);
  });

  it('has one marker, no gap and "only one side known" when one side is known', () => {
    const s = strip([coded('a', 'x', 'r2', 30), silent('b', 'x', 'r2')]);
    expect(s.markers).toHaveLength(1);
    expect(s.gap).toBeUndefined();
    expect(s.widest).toBeUndefined();
    expect(s.note).toEqual({ text: 'only one side known', at: 100, anchor: 'end' });
    expect(s.caption).toBe(`Only one side known: ${iso('a')} at 30; no gap can be measured.`);
  });

  it('draws nothing (never a 0) when no party has a position', () => {
    const s = strip([silent('a', 'x', 'r2')]);
    expect(s.markers).toEqual([]);
    expect(s.silent.map((p) => p.party)).toEqual(['a', 'b', 'c']);
    expect(s.caption).toBe('No party has a stated position on this issue.');
  });

  it('has no range bar when no acceptable range is given, and a zone when ranges overlap', () => {
    const s = strip([
      coded('a', 'x', 'r2', 30, { acceptable: { min: 20, max: 50 } }),
      coded('b', 'x', 'r2', 60, { acceptable: { min: 40, max: 70 } }),
      coded('c', 'x', 'r2', 45),
    ]);
    expect(s.markers[0]?.range).toEqual({ min: 20, max: 50 });
    expect(s.markers[2]?.range).toBeUndefined();
    expect(s.gap).toEqual({ kind: 'zone', min: 45, max: 45, text: 'meet at 45' });
    expect(s.caption).toBe(
      `${iso('a')} and ${iso('b')} are furthest apart: positions 30 apart; acceptable ranges overlap. The 3 known positions meet at 45: a zone of possible agreement.`,
    );
  });

  it('words a wide zone of agreement', () => {
    const s = strip([
      coded('a', 'x', 'r2', 30, { acceptable: { min: 20, max: 50 } }),
      coded('b', 'x', 'r2', 60, { acceptable: { min: 40, max: 70 } }),
    ]);
    expect(s.gap).toMatchObject({ kind: 'zone', min: 40, max: 50 });
    expect(s.caption).toBe(
      `${iso('a')} and ${iso('b')} are furthest apart: positions 30 apart; acceptable ranges overlap. Every party with a position could accept 40–50 of 100: a zone of possible agreement.`,
    );
  });

  it('leads with the distance and labels the band between ranges as ranges apart', () => {
    const s = strip([
      coded('a', 'x', 'r2', 10, { acceptable: { min: 0, max: 20 } }),
      coded('b', 'x', 'r2', 75, { acceptable: { min: 70, max: 80 } }),
    ]);
    expect(s.gap).toMatchObject({ kind: 'gap', from: 20, to: 70, text: 'ranges 50 apart' });
    expect(s.caption).toBe(
      `${iso('a')} and ${iso('b')} are furthest apart: positions 65 apart; acceptable ranges 50 apart.`,
    );
  });

  it('marks inferred and carried-forward positions', () => {
    const s = strip([coded('a', 'x', 'r1', 10, { status: 'inferred' }), coded('b', 'x', 'r2', 90)]);
    expect(s.markers[0]).toMatchObject({ status: 'inferred', carriedFrom: 'r1' });
    expect(s.markers[1]?.carriedFrom).toBeUndefined();
  });

  it('throws for an unknown issue', () => {
    const d = dataset();
    expect(() => positionStripSeries(d, takeSnapshot(d), 'nope')).toThrow(RangeError);
  });
});

describe('stripNote', () => {
  it('puts the note on the side away from the lone marker, and none with two', () => {
    expect(stripNote([{ value: 90 }])).toEqual({
      text: 'only one side known',
      at: 0,
      anchor: 'start',
    });
    expect(stripNote([])).toEqual({ text: 'no stated position', at: 50, anchor: 'middle' });
    expect(stripNote([{ value: 1 }, { value: 2 }])).toBeUndefined();
  });
});

describe('stripCaption', () => {
  it('says when every party stands at the same value', () => {
    const m = (party: string) => ({ party, name: party, value: 50 }) as never;
    expect(
      stripCaption({
        markers: [m('a'), m('b')],
        gap: { kind: 'zone', min: 50, max: 50, text: '' },
      }),
    ).toBe('All 2 parties with a position stand at 50.');
  });
});

describe('positionStripSeries (presence)', () => {
  it('neither draws nor lists as silent a party not at the table', () => {
    const d = withParties(
      dataset({ parties: ['a', 'b', 'c'], rounds, positions: [coded('a', 'x', 'r1', 20)] }),
      { b: { rounds: ['r1'] } },
    );
    const s = positionStripSeries(d, takeSnapshot(d, { round: 'r2' }), 'x');
    expect(s.markers.map((m) => m.party)).toEqual(['a']);
    expect(s.silent.map((p) => p.party)).toEqual(['c']);
  });
});
