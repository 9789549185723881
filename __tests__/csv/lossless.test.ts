import fs from 'node:fs';
import path from 'node:path';
import { datasetToCsvFiles, inputFromFolder } from '@/lib/csv/folder';
import { importDataset } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';
import { checkDataset, type Dataset } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';
import { withEveryField } from '@/lib/syntheticExtras';

/** Exports a dataset as every CSV of a folder and imports the folder back. */
function roundTrip(d: Dataset, texts: ReadonlyMap<string, string>) {
  const files = datasetToCsvFiles(d);
  const sources = [...texts].map(([file, text]) => ({ file, text }));
  const result = importDataset(inputFromFolder(files, sources, { id: d.id, today: '2000-01-01' }));
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result;
}

describe('datasetToCsvFiles and inputFromFolder', () => {
  it('rebuild the bundled dataset exactly: title, summary, events, outcomes, delegations', () => {
    const dir = path.join(process.cwd(), 'data', 'istanbul-2025');
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as Dataset;
    const texts = new Map(
      json.sources.map((s) => [s.file, fs.readFileSync(path.join(dir, 'sources', s.file), 'utf8')]),
    );
    const back = roundTrip(json, texts);
    expect(back.dataset).toStrictEqual(json);
    expect(back.warnings).toEqual([]);
  });

  it('rebuild a generated dataset holding every optional field and formula-like text', () => {
    const { dataset, sourceFile, sourceText } = withEveryField(
      syntheticDataset({ parties: 6, issues: 7, rounds: 3, seed: 11 }),
    );
    const texts = new Map([[sourceFile, sourceText]]);
    expect(checkDataset(dataset, texts).problems).toEqual([]);
    const back = roundTrip(dataset, texts);
    expect(back.dataset).toStrictEqual(dataset);
    // Every kind of optional field is there to be lost.
    const none = dataset.positions.filter((p) => p.status === 'none');
    expect(none.some((p) => p.checked && p.confidence && p.evidence)).toBe(true);
    expect(dataset.positions.some((p) => p.status !== 'none' && !p.codingNote)).toBe(true);
    expect(dataset.outcomes?.length).toBeGreaterThan(0);
    expect(dataset.delegations?.some((d) => d.round && d.evidence)).toBe(true);
    // Formula-like text is neutralised in the files and restored on import.
    const files = datasetToCsvFiles(dataset);
    expect(files.get('parties.csv')).toContain('"\'=Member one; Member two"');
    expect(files.get('clauses.csv')).toContain('generated-plan,1,"\'=Opening clause",');
    expect(back.dataset.parties.at(-1)?.clauses).toHaveLength(2);
  });
});
