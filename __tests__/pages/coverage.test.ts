import { coverageOf } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { coverageCsv, coverageCsvFilename } from '@/lib/pages/coverage';
import { coverageCellText } from '@/lib/wording/status';

const evidence = [{ source: 's', quote: 'Q.', attribution: 'reported' as const }];
const dataset: Dataset = {
  id: 'talks',
  title: 'Talks',
  summary: 'Made up.',
  asOf: '2025-02-01',
  sources: [{ id: 's', title: 'S', kind: 'analysis', file: 's.txt' }],
  parties: [
    { id: 'a', name: '=Alpha', shortName: 'A', kind: 'bloc' },
    { id: 'b', name: 'Beta', shortName: 'B', kind: 'bloc', rounds: ['r1'] },
  ],
  issues: [{ id: 'x', title: 'X', question: 'X?', scale: { zero: 'no', hundred: 'yes' } }],
  rounds: [
    { id: 'r1', label: 'Round 1', date: '2025-01-01' },
    { id: 'r2', label: 'Round 2', date: '2025-02-01' },
  ],
  positions: [
    {
      party: 'a',
      issue: 'x',
      round: 'r1',
      status: 'stated',
      label: 'L',
      summary: 'S.',
      value: 50,
      confidence: 'high',
      evidence,
    },
  ],
  events: [],
};

describe('coverageCellText', () => {
  it('names the round a carried position comes from', () => {
    const coverage = coverageOf(dataset);
    expect(coverage.rows.map((row) => row.cells.map(coverageCellText)[0])).toEqual([
      'stated',
      'not coded',
      'carried from Round 1',
      'not at the table',
    ]);
  });
});

describe('coverageCsv', () => {
  it('writes one row per party × round with a column per issue, formulas neutralised', () => {
    const csv = coverageCsv(dataset, coverageOf(dataset));
    expect(csv.split('\r\n')).toEqual([
      'round,round_date,party,party_name,x',
      `r1,2025-01-01,a,"'=Alpha",stated`,
      'r1,2025-01-01,b,Beta,not coded',
      `r2,2025-02-01,a,"'=Alpha",carried from Round 1`,
      'r2,2025-02-01,b,Beta,not at the table',
      '',
    ]);
    expect(coverageCsvFilename(dataset)).toBe('talks-coverage.csv');
  });
});

describe('coverageCsvFilename', () => {
  it('says when the view reads approved positions only (?reviewed=only)', () => {
    expect(coverageCsvFilename(dataset, { approvedOnly: true })).toBe(
      'talks-coverage-approved-only.csv',
    );
    expect(coverageCsvFilename(dataset, { approvedOnly: false })).toBe('talks-coverage.csv');
  });
});
