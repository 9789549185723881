import { analyse, takeSnapshot } from '@/lib/analysis';
import { heatmapCsv, rankingCsv, stripsCsv } from '@/lib/charts/csv';
import { alignmentHeatmap } from '@/lib/charts/heatmap';
import { disagreementRanking } from '@/lib/charts/ranking';
import { positionStripSeries } from '@/lib/charts/strip';
import { coded, dataset, silent } from '../analysis/fixtures';

describe('stripsCsv', () => {
  it('writes a row per party, with status "none" and no value for a silent party', () => {
    const d = dataset({
      positions: [
        coded('a', 'x', 'r1', 40, { acceptable: { min: 30, max: 50 } }),
        silent('b', 'x', 'r1'),
      ],
    });
    const lines = stripsCsv([positionStripSeries(d, takeSnapshot(d), 'x')]).split('\r\n');
    expect(lines[1]).toBe('x,x,a,a,stated,40,30,50,high,a on x,');
    expect(lines[2]).toBe('x,x,b,b,none');
  });
});

describe('heatmapCsv', () => {
  it('writes each pair once, alignment blank when nothing is comparable', () => {
    const d = dataset({
      parties: ['a', 'b', 'c'],
      positions: [coded('a', 'x', 'r1', 40), coded('b', 'x', 'r1', 50)],
    });
    const a = analyse(d);
    expect(heatmapCsv(alignmentHeatmap(d, a.snapshot.parties, a.alignment))).toBe(
      'party_a,party_b,alignment,issues_compared\r\na,b,90,1\r\na,c,,0\r\nb,c,,0\r\n',
    );
  });
});

describe('rankingCsv', () => {
  it('carries the distance and the range gap of each ranked pair, and whether ranges were given', () => {
    const d = dataset({
      issues: ['x', 'y'],
      positions: [
        coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 20 } }),
        coded('b', 'x', 'r1', 75, { acceptable: { min: 70, max: 80 } }),
        coded('a', 'y', 'r1', 0),
        coded('b', 'y', 'r1', 70),
      ],
    });
    expect(rankingCsv(disagreementRanking(d, analyse(d))).split('\r\n')).toEqual([
      'issue,issue_title,distance,range_gap,ranged,party_a,party_b,mean_salience,weighted_distance',
      'y,y,70,70,no,a,b,3,42',
      'x,x,65,50,yes,a,b,3,39',
      '',
    ]);
  });
});
