import { orientDataset } from '@/lib/analysis/orientation';
import { importDataset } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';
import { appendCsvColumn } from '@/lib/csv/write';
import { buildMatrix } from '@/lib/matrix/model';
import { matrixCsv } from '@/lib/matrix/export';
import { orientedCsv } from '@/lib/pages/orientation';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { importExampleFolder } from '../csv/exampleFolder';

// The Veloria example: water-share and dam-pause have Marenth's aim at 100, reservoir-refill at 0.
function veloria() {
  const result = importExampleFolder('veloria-water-talks', {
    id: 'veloria-water-talks',
    title: 'Lake Veloria water talks (fictional)',
    summary: 'Made up.',
  });
  if (!result.ok) throw new Error('the Veloria example does not import');
  return result.dataset;
}

const rowsOf = (csv: string) => csv.trim().split('\r\n');

describe('appendCsvColumn', () => {
  it('adds the column last, from each row by header name, and writes every other field back exactly', () => {
    const body = '\ufeffa,b\r\n"x, y",2\r\n"say ""hi""",\'=1\r\n';
    const out = appendCsvColumn(body, 'c', (row) => `${row('b')}:${row('a')}`);
    expect(out).toBe(
      '\ufeffa,b,c\r\n"x, y",2,"2:x, y"\r\n"say ""hi""","\'=1","\'\'=1:say ""hi"""\r\n',
    );
  });
});

describe('orientedCsv: the matrix CSV of a flipped view', () => {
  it('marks every row of a flipped issue "yes" in a last column, flipped, and no other row', () => {
    const dataset = veloria();
    const read = orientDataset(dataset, 'marenth')!;
    const body = matrixCsv(read.dataset, buildMatrix(read.dataset, DEFAULT_VIEW));
    const rows = rowsOf(orientedCsv(read.orientation, body));
    expect(rows[0]).toMatch(/,flipped$/);
    const issueAt = (rows[0] ?? '').split(',').indexOf('issue');
    for (const row of rows.slice(1)) {
      const issue = row.split(',')[issueAt];
      const flipped = issue === 'water-share' || issue === 'dam-pause';
      expect([issue, row.endsWith(',yes')]).toEqual([issue, flipped]);
    }
    // The values are the flipped reading: Marenth's 80 on the outflow reads 20.
    expect(rows.find((r) => r.startsWith('round-1,marenth,water-share,stated,20,'))).toBeDefined();
  });

  it('passes a view that flips nothing, or no orientation, through unchanged', () => {
    const dataset = veloria();
    const body = matrixCsv(dataset, buildMatrix(dataset, DEFAULT_VIEW));
    expect(orientedCsv(undefined, body)).toBe(body);
    const upper = orientDataset(dataset, 'upper-basin-league');
    expect(orientedCsv(upper?.orientation, body)).toBe(body);
  });
});

describe('importing an export that is not coded data', () => {
  const source = 'Ardra said half of the water must flow south.';
  const header = 'round,party,issue,status,value,confidence,label,summary,source,quote,attribution';
  const row =
    'Round 1,Ardra,Water,stated,50,high,Half south,Half flows south,minutes,half of the water must flow south,own-words';
  const tryImport = (text: string) =>
    importDataset({
      id: 'ardra',
      title: 'Ardra (test)',
      summary: 'Made up.',
      today: '2026-01-15',
      positions: { file: 'positions.csv', text },
      sources: [{ id: 'minutes', file: 'minutes.txt', text: source }],
    });

  it('refuses a flipped row, naming the row and saying how to get the coded numbers', () => {
    const result = tryImport(`${header},flipped\r\n${row},yes\r\n`);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(formatImportProblem);
    expect(problems).toEqual([expect.stringMatching(/row 2.*flipped.*without \?orient=/)]);
  });

  it('refuses a what-if row; an empty flipped cell is coded data and imports', () => {
    const refused = tryImport(`${header},scenario\r\n${row},Scenario: not coded data\r\n`);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems.map(formatImportProblem)).toEqual([
        expect.stringMatching(/row 2.*scenario.*what-if/),
      ]);
    expect(tryImport(`${header},flipped\r\n${row},\r\n`).ok).toBe(true);
  });
});
