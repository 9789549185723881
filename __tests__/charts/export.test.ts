import { takeSnapshot } from '@/lib/analysis';
import { chartCsv, chartCsvFilename, chartCsvHref } from '@/lib/charts/export';
import type { ReviewState } from '@/lib/review/state';
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

describe('chartCsv of a workspace dataset (review states given)', () => {
  // Viewed at r2: a's r1 position is carried (approved), b's is challenged, c's r2 position awaits
  // review (its r1 one was approved), d coded "none" and e is not coded: neither has a value.
  const ws = dataset({
    parties: ['a', 'b', 'c', 'd', 'e'],
    rounds: [
      ['r1', '2025-01-01'],
      ['r2', '2025-02-01'],
    ],
    positions: [
      coded('a', 'x', 'r1', 10),
      coded('b', 'x', 'r2', 70),
      coded('c', 'x', 'r1', 40),
      coded('c', 'x', 'r2', 50),
      silent('d', 'x', 'r2'),
    ],
  });
  const review = new Map<string, ReviewState>([
    ['a/x/r1', 'approved'],
    ['b/x/r2', 'challenged'],
    ['c/x/r1', 'approved'],
    ['c/x/r2', 'awaiting'],
    ['d/x/r2', 'approved'],
  ]);
  const lines = (csv: string | undefined) => csv?.split('\r\n');

  it('ends each strip row with the state of the position drawn, empty for a party without one', () => {
    const strip = [
      'issue,issue_title,party,party_name,status,value,acceptable_min,acceptable_max,confidence,label,carried_from_round,review',
      'x,x,a,a,stated,10,,,high,a on x,r1,approved',
      'x,x,b,b,stated,70,,,high,b on x,,challenged',
      'x,x,c,c,stated,50,,,high,c on x,,awaiting',
      'x,x,d,d,none,,,,,,,',
      'x,x,e,e,none,,,,,,,',
      '',
    ];
    expect(lines(chartCsv(ws, 'strip', { issue: 'x', review }))).toEqual(strip);
    expect(lines(chartCsv(ws, 'stacked', { review }))).toEqual(strip);
  });

  it('gives each shift the state of the position its value comes from (carried or not)', () => {
    expect(lines(chartCsv(ws, 'shifts', { issue: 'x', review }))).toEqual([
      'issue,round,round_date,party,value,carried_from,review',
      'x,r1,2025-01-01,a,10,,approved',
      'x,r1,2025-01-01,b,,,',
      'x,r1,2025-01-01,c,40,,approved',
      'x,r2,2025-02-01,a,10,r1,approved',
      'x,r2,2025-02-01,b,70,,challenged',
      'x,r2,2025-02-01,c,50,,awaiting',
      '',
    ]);
  });

  it('reads a position with no recorded state as awaiting review', () => {
    const csv = chartCsv(ws, 'strip', { issue: 'x', review: new Map() });
    expect(lines(csv)?.[3]).toBe('x,x,c,c,stated,50,,,high,c on x,,awaiting');
  });

  it('adds nothing to the ranking and alignment, whose rows are issues and pairs', () => {
    for (const kind of ['ranking', 'alignment'] as const)
      expect(chartCsv(ws, kind, { review })).toBe(chartCsv(ws, kind, {}));
  });

  it('has no review column for a folder dataset (no states)', () => {
    expect(lines(chartCsv(ws, 'strip', { issue: 'x' }))?.[0]).toBe(
      'issue,issue_title,party,party_name,status,value,acceptable_min,acceptable_max,confidence,label,carried_from_round',
    );
    expect(lines(chartCsv(ws, 'strip', { issue: 'x' }))?.[4]).toBe('x,x,d,d,none');
    expect(lines(chartCsv(ws, 'shifts', { issue: 'x' }))?.[5]).toBe('x,r2,2025-02-01,b,70,');
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

  it('says when the view reads approved positions only (?reviewed=only)', () => {
    expect(chartCsvFilename('d', 'strip', 'x', { approvedOnly: true })).toBe(
      'd-strip-x-approved-only.csv',
    );
    expect(chartCsvFilename('d', 'alignment', undefined, { approvedOnly: true })).toBe(
      'd-alignment-approved-only.csv',
    );
  });
});
