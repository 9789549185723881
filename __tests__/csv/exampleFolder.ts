import fs from 'node:fs';
import path from 'node:path';
import { importDataset } from '@/lib/csv/import';

/** Imports a docs example folder (its CSVs and sources/) as `npm run import` reads one. */
export function importExampleFolder(
  name: string,
  details: { id: string; title: string; summary: string },
): ReturnType<typeof importDataset> {
  const dir = path.join(process.cwd(), 'docs', 'examples', name);
  const csv = (file: string) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') });
  const sources = fs.readdirSync(path.join(dir, 'sources')).map((file) => ({
    id: file.replace(/\.txt$/, ''),
    file,
    text: fs.readFileSync(path.join(dir, 'sources', file), 'utf8'),
  }));
  return importDataset({
    ...details,
    today: '2026-11-26',
    positions: csv('positions.csv'),
    parties: csv('parties.csv'),
    issues: csv('issues.csv'),
    rounds: csv('rounds.csv'),
    sourceDetails: csv('sources.csv'),
    ...(fs.existsSync(path.join(dir, 'clauses.csv')) ? { clauses: csv('clauses.csv') } : {}),
    sources,
  });
}
