import { takeSnapshot } from '@/lib/analysis';
import { chartCsv, chartCsvFilename, chartCsvHref } from '@/lib/charts/export';
import { coded, dataset, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b', 'c'],
  rounds: [
    ['r1', '2025-01-01'],
    ['r2', '2025-02-01'],
  ],
  positions: [coded('a', 'x', 'r1', 10), coded('b', 'x', 'r2', 70), silent('c', 'x', 'r2')],
});

describe('chartCsv', () => {
  it('computes each chart for the view it is given', () => {
    expect(chartCsv(d, 'strip', { issue: 'x' })?.split('\r\n')).toHaveLength(5);
    expect(chartCsv(d, 'strip', { issue: 'x', round: 'r1' })).not.toContain(',b,stated');
    expect(chartCsv(d, 'alignment', { parties: ['a', 'b'] })).toBe(
      'party_a,party_b,alignment,issues_compared\r\na,b,40,1\r\n',
    );
    expect(chartCsv(d, 'shifts', { issue: 'x' })).toContain('x,r1,2025-01-01,a,10');
  });

  it('is undefined for a per-issue chart without a known issue', () => {
    expect(chartCsv(d, 'strip', {})).toBeUndefined();
    expect(chartCsv(d, 'shifts', { issue: 'nope' })).toBeUndefined();
  });
});

describe('chartCsvHref', () => {
  it('links to the chart.csv route, dropping default round and parties', () => {
    expect(chartCsvHref(d, takeSnapshot(d), 'strip', 'x')).toBe(
      '/fixture/chart.csv?chart=strip&issue=x',
    );
    expect(chartCsvHref(d, takeSnapshot(d, { round: 'r1', parties: ['b', 'a'] }), 'stacked')).toBe(
      '/fixture/chart.csv?chart=stacked&parties=b,a&round=r1',
    );
  });
});

describe('chartCsvFilename', () => {
  it('names the dataset, chart and issue', () => {
    expect(chartCsvFilename('d', 'strip', 'x')).toBe('d-strip-x.csv');
    expect(chartCsvFilename('d', 'ranking')).toBe('d-ranking.csv');
  });
});
