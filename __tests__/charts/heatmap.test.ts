import { analyse, type PairAlignment } from '@/lib/analysis';
import {
  alignmentHeatmap,
  heatmapCaption,
  heatShade,
  partiesMostInDisagreement,
} from '@/lib/charts/heatmap';
import { partyViews } from '@/lib/style/palette';
import { isolate as iso } from '@/lib/wording/text';
import { coded, dataset } from '../analysis/fixtures';

describe('alignmentHeatmap', () => {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y'],
    positions: [
      coded('a', 'x', 'r1', 20),
      coded('b', 'x', 'r1', 60),
      coded('a', 'y', 'r1', 50),
      coded('b', 'y', 'r1', 50),
    ],
  });
  const analysis = analyse(d);
  const series = alignmentHeatmap(d, analysis.snapshot.parties, analysis.alignment);

  it('fills both triangles with score and issues compared', () => {
    const ab = series.rows[0]?.[1];
    expect(ab).toMatchObject({
      a: 'a',
      b: 'b',
      score: 80,
      compared: 2,
      text: '80 of 100 over 2 issues',
    });
    expect(series.rows[1]?.[0]).toMatchObject({ a: 'b', b: 'a', score: 80 });
    expect(series.rows[0]?.[0]?.self).toBe(true);
  });

  it('leaves a pair with nothing comparable blank, not 0', () => {
    const ac = series.rows[0]?.[2];
    expect(ac?.score).toBeUndefined();
    expect(ac).toMatchObject({ compared: 0, shade: 0, text: 'nothing comparable' });
  });

  it('names the most aligned pair and counts the blanks', () => {
    expect(series.caption).toBe(
      `Most aligned: ${iso('a')} and ${iso('b')}, 80 of 100 over 2 issues only; 2 pairs share no issue and are left blank. A score over fewer than 3 shared issues rests on little evidence.`,
    );
  });

  it('prefers the pair with more shared issues on a tie, and marks none as thin when all have enough', () => {
    const pair = (a: string, b: string, score: number, compared: number): PairAlignment => ({
      a,
      b,
      score,
      compared,
    });
    const names = partyViews(dataset({ parties: ['a', 'b', 'c'] }).parties);
    expect(
      heatmapCaption([pair('a', 'b', 90, 3), pair('a', 'c', 90, 5), pair('b', 'c', 40, 4)], names),
    ).toBe(
      `Most aligned: ${iso('a')} and ${iso('c')}, 90 of 100 over 5 issues; least aligned: ${iso('b')} and ${iso('c')}, 40 of 100 over 4 issues.`,
    );
  });

  it('says so when no pair is comparable', () => {
    const empty = dataset();
    const a = analyse(empty);
    expect(alignmentHeatmap(empty, a.snapshot.parties, a.alignment).caption).toBe(
      'No pair of parties has taken a position on the same issue.',
    );
  });
});

describe('heatShade', () => {
  it('is 0 for a blank and visibly above 0 for a score of 0', () => {
    expect(heatShade(undefined)).toBe(0);
    expect(heatShade(0)).toBe(6);
    expect(heatShade(100)).toBe(60);
  });
});

describe('partiesMostInDisagreement', () => {
  const pair = (a: string, b: string, score?: number): PairAlignment =>
    score === undefined ? { a, b, compared: 0 } : { a, b, score, compared: 3 };
  // d disagrees most (mean 20), then c (mean 40); a and b agree with each other.
  const alignment = [
    pair('a', 'b', 90),
    pair('a', 'c', 40),
    pair('a', 'd', 20),
    pair('b', 'c', 50),
    pair('b', 'd', 10),
    pair('c', 'd', 30),
    pair('a', 'e'),
  ];
  it('keeps the parties with the lowest mean alignment, in their given order', () => {
    expect(partiesMostInDisagreement(['a', 'b', 'c', 'd', 'e'], alignment, 2)).toEqual(['c', 'd']);
  });
  it('ranks a party with no scored pair last', () => {
    expect(partiesMostInDisagreement(['a', 'b', 'c', 'd', 'e'], alignment, 4)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
  it('keeps everyone within the limit, and no one at 0', () => {
    expect(partiesMostInDisagreement(['a', 'b'], alignment, 30)).toEqual(['a', 'b']);
    expect(partiesMostInDisagreement(['a', 'b', 'c'], alignment, 0)).toEqual([]);
  });
});

describe('alignmentHeatmap with a limit', () => {
  const ids = Array.from({ length: 5 }, (_, i) => `p${i}`);
  const d = dataset({
    parties: ids,
    issues: ['x'],
    positions: ids.map((id, i) => coded(id, 'x', 'r1', i === 4 ? 100 : 10 + i)),
  });
  const analysis = analyse(d);
  it('draws the limit, says so in the caption, and the unbounded series keeps every pair', () => {
    const bounded = alignmentHeatmap(d, analysis.snapshot.parties, analysis.alignment, 3);
    const all = alignmentHeatmap(d, analysis.snapshot.parties, analysis.alignment);
    expect(bounded.parties.map((p) => p.id)).toContain('p4');
    expect(bounded.rows).toHaveLength(3);
    expect(bounded.caption).toContain(
      'Drawn: the 3 of 5 parties most in disagreement (lowest mean alignment with the others); the CSV has every pair.',
    );
    expect(all.rows).toHaveLength(5);
    expect(all.caption).not.toContain('Drawn:');
  });
});
