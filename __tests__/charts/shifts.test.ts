import { takeSnapshot } from '@/lib/analysis';
import { shiftsCsv } from '@/lib/charts/csv';
import { shiftCaption, shiftSeries } from '@/lib/charts/shifts';
import { isolate as iso } from '@/lib/wording/text';
import { coded, dataset, silent } from '../analysis/fixtures';

const rounds: [string, string][] = [
  ['r1', '2025-05-10'],
  ['r2', '2025-05-16'],
  ['r3', '2025-05-19'],
];

describe('shiftSeries', () => {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    rounds,
    positions: [
      coded('a', 'x', 'r1', 10),
      coded('a', 'x', 'r3', 30),
      coded('b', 'x', 'r2', 70),
      silent('b', 'x', 'r3'),
      silent('c', 'x', 'r1'),
    ],
  });

  it('carries values forward and leaves rounds before the first value empty (not 0)', () => {
    const s = shiftSeries(d, takeSnapshot(d), 'x');
    expect(s.points.map((p) => [p.dateText, p.values.a, p.values.b])).toEqual([
      ['10 May 2025', 10, undefined],
      ['16 May 2025', 10, 70],
      ['19 May 2025', 30, 70],
    ]);
    expect(s.lines.map((l) => [l.id, l.last])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
    expect(s.silent).toEqual(['c']);
    expect(s.show).toBe(true);
    expect(s.caption).toBe(`${iso('a')} moved from 10 to 30 between 10 May 2025 and 19 May 2025.`);
  });

  it('marks each carried value with the round it was coded in, and the CSV says so', () => {
    const s = shiftSeries(d, takeSnapshot(d), 'x');
    expect(s.points.map((p) => [p.carriedFrom.a?.round, p.carriedFrom.b?.round])).toEqual([
      [undefined, undefined],
      ['r1', undefined],
      [undefined, 'r2'],
    ]);
    expect(s.points[1]?.carriedFrom.a?.dateText).toBe('10 May 2025');
    const csv = shiftsCsv(s).split('\r\n');
    expect(csv[0]).toBe('issue,round,round_date,party,value,carried_from');
    expect(csv).toContain('x,r2,2025-05-16,a,10,r1');
    expect(csv).toContain('x,r3,2025-05-19,a,30,');
    expect(csv).toContain('x,r1,2025-05-10,b,,');
  });

  it('stops at the viewed round', () => {
    const s = shiftSeries(d, takeSnapshot(d, { round: 'r2' }), 'x');
    expect(s.points).toHaveLength(2);
    expect(s.caption).toBe("No party's position changed between 10 May 2025 and 16 May 2025.");
  });

  it('is not shown with a single round', () => {
    const one = dataset({ positions: [coded('a', 'x', 'r1', 10)] });
    const s = shiftSeries(one, takeSnapshot(one), 'x');
    expect(s.show).toBe(false);
  });
});

describe('labelLineEnds', () => {
  it('writes one shared label where lines end at the same value', () => {
    const d = dataset({
      parties: ['a', 'b', 'c'],
      rounds,
      positions: [coded('a', 'x', 'r3', 50), coded('b', 'x', 'r3', 50), coded('c', 'x', 'r3', 70)],
    });
    const s = shiftSeries(d, takeSnapshot(d), 'x');
    expect(s.lines.map((l) => l.endLabel)).toEqual(['a, b', undefined, 'c']);
  });
});

describe('shiftCaption', () => {
  it('lists several movers', () => {
    expect(
      shiftCaption(
        [
          { name: 'A', from: 10, to: 20 },
          { name: 'B', from: 90, to: 70 },
        ],
        '1 May 2025',
        '2 May 2025',
      ),
    ).toBe(
      `2 parties moved between 1 May 2025 and 2 May 2025: ${iso('A')} (10 to 20) and ${iso('B')} (90 to 70).`,
    );
  });
});

describe('shiftSeries (caveats)', () => {
  it('says in the caption when a move starts from an inferred, low-confidence value', () => {
    const d = dataset({
      parties: ['a'],
      rounds: [
        ['r1', '2025-01-01'],
        ['r2', '2025-02-01'],
      ],
      positions: [
        { ...coded('a', 'x', 'r1', 75, { status: 'inferred' }), confidence: 'low' },
        coded('a', 'x', 'r2', 95),
      ],
    });
    const series = shiftSeries(d, takeSnapshot(d), 'x');
    expect(series.caption).toContain('from 75 (inferred, low confidence) to 95');
  });
});
