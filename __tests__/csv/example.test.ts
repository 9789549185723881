import fs from 'node:fs';
import path from 'node:path';
import { importDataset } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';

// The worked example of docs/data-format.md must keep importing as the page says.
const DIR = path.join(process.cwd(), 'docs', 'examples', 'northport-talks');
const csv = (file: string) => ({ file, text: fs.readFileSync(path.join(DIR, file), 'utf8') });

describe('the Northport example in docs/data-format.md', () => {
  it('imports without problems, with the ids the page names', () => {
    const sources = fs.readdirSync(path.join(DIR, 'sources')).map((file) => ({
      id: file.replace(/\.txt$/, ''),
      file,
      text: fs.readFileSync(path.join(DIR, 'sources', file), 'utf8'),
    }));
    const result = importDataset({
      id: 'northport-talks',
      title: 'Northport fisheries and tariff talks (fictional example)',
      summary: 'A made-up negotiation.',
      today: '2026-11-26',
      positions: csv('positions.csv'),
      parties: csv('parties.csv'),
      issues: csv('issues.csv'),
      rounds: csv('rounds.csv'),
      sourceDetails: csv('sources.csv'),
      sources,
    });
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.warnings).toEqual([]);
    expect(result.dataset.parties.map((p) => p.id)).toEqual([
      'northland',
      'southland',
      'ostrivna-respublika',
      'party-4',
    ]);
    expect(result.dataset.positions).toHaveLength(13);
    expect(result.dataset.asOf).toBe('2026-10-20');
  });
});
