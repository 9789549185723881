import { analyse } from '@/lib/analysis';
import { disagreementRanking, rankingCaption, weightedGap } from '@/lib/charts/ranking';
import { isolate as iso } from '@/lib/wording/text';
import { coded, dataset, silent } from '../analysis/fixtures';

describe('weightedGap', () => {
  it('keeps the full gap at salience 5 and scales it down below', () => {
    expect(weightedGap(80, 5)).toBe(80);
    expect(weightedGap(80, 2.5)).toBe(40);
  });
});

describe('disagreementRanking', () => {
  const d = dataset({
    issues: ['x', 'y', 'z'],
    positions: [
      coded('a', 'x', 'r1', 0, { salience: 1 }),
      coded('b', 'x', 'r1', 90, { salience: 1 }),
      coded('a', 'y', 'r1', 0, { salience: 5 }),
      coded('b', 'y', 'r1', 60, { salience: 5 }),
      coded('a', 'z', 'r1', 50),
      silent('b', 'z', 'r1'),
    ],
  });
  const series = disagreementRanking(d, analyse(d));

  it('ranks issues by how far apart their widest pair is, leaving out one-sided issues', () => {
    expect(
      series.rows.map((r) => [r.issue, r.distance, r.pair, r.meanSalience, r.weighted]),
    ).toEqual([
      ['x', 90, `${iso('a')} vs ${iso('b')}`, 1, 18],
      ['y', 60, `${iso('a')} vs ${iso('b')}`, 5, 60],
    ]);
    expect(series.unranked).toBe(1);
  });

  it('names the pair furthest apart and the salience-weighted leader when they differ', () => {
    expect(series.caption).toBe(
      `Furthest apart: ${iso('x')}, ${iso('a')} vs ${iso('b')}, positions 90 apart; weighted by salience, ${iso('y')} ranks first (60); 1 issue with fewer than two known positions is not ranked.`,
    );
  });

  it('keeps the issues furthest apart when cut, and its caption still speaks of every issue', () => {
    const cut = disagreementRanking(d, analyse(d), 1);
    expect(cut.rows.map((r) => r.issue)).toEqual(['x']);
    expect(cut.ranked).toBe(2);
    expect(cut.caption).toBe(series.caption);
    expect(cut.description).toContain(
      `The 1 furthest apart of 2 ranked issues: ${iso('x')}: ${iso('a')} vs ${iso('b')}, positions 90 apart; weighted by salience 18.`,
    );
    expect(cut.description).not.toContain(`${iso('y')}: `);
    expect(series.ranked).toBe(2);
  });

  it('ranks by the distance and words the range gap beside it where ranges exist', () => {
    const ranged = dataset({
      issues: ['x', 'y'],
      positions: [
        coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 20 } }),
        coded('b', 'x', 'r1', 75, { acceptable: { min: 70, max: 80 } }),
        coded('a', 'y', 'r1', 0),
        coded('b', 'y', 'r1', 70),
      ],
    });
    const s = disagreementRanking(ranged, analyse(ranged));
    expect(s.rows.map((r) => [r.issue, r.distance, r.rangeGap, r.ranged])).toEqual([
      ['y', 70, 70, false],
      ['x', 65, 50, true],
    ]);
    expect(s.caption).toBe(
      `Furthest apart: ${iso('y')}, ${iso('a')} vs ${iso('b')}, positions 70 apart.`,
    );
    expect(s.description).toContain(
      `${iso('x')}: ${iso('a')} vs ${iso('b')}, positions 65 apart; acceptable ranges 50 apart; weighted by salience 39.`,
    );
  });

  it('says so when nothing can be ranked', () => {
    expect(rankingCaption([], 3)).toBe(
      'No issue has two known positions, so no gap can be ranked.',
    );
  });
});
