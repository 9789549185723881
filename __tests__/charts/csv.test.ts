import { analyse, takeSnapshot } from '@/lib/analysis';
import { heatmapCsv, stripsCsv } from '@/lib/charts/csv';
import { alignmentHeatmap } from '@/lib/charts/heatmap';
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
