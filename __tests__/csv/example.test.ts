import { formatImportProblem } from '@/lib/csv/problems';
import { importExampleFolder } from './exampleFolder';

// The worked example of docs/data-format.md must keep importing as the page says.

describe('the Northport example in docs/data-format.md', () => {
  it('imports without problems, with the ids the page names', () => {
    const result = importExampleFolder('northport-talks', {
      id: 'northport-talks',
      title: 'Northport fisheries and tariff talks (fictional example)',
      summary: 'A made-up negotiation.',
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
