// npm run export -- <id> <folder>: writes a dataset as positions.csv, parties.csv, issues.csv,
// rounds.csv, sources.csv and sources/ — the files `npm run import` reads back.
import fs from 'node:fs';
import path from 'node:path';
import { positionsToCsv } from '@/lib/csv/positions';
import { issuesToCsv, partiesToCsv, roundsToCsv, sourcesToCsv } from '@/lib/csv/tables';
import { datasetStore } from '@/lib/data';
import { argPath, fail } from './cli';

async function main() {
  const [id, outArg] = process.argv.slice(2);
  if (!id || !outArg) fail('usage: npm run export -- <dataset-id> <folder>');
  const entry = await datasetStore().get(id);
  if (!entry) fail(`no dataset "${id}" under the data folder`);
  if (!entry.dataset)
    fail(`${id} has ${entry.problems.length} problems; run npm run validate -- data/${id}`);
  const d = entry.dataset;
  const out = argPath(outArg);
  fs.mkdirSync(path.join(out, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(out, 'positions.csv'), positionsToCsv(d));
  fs.writeFileSync(path.join(out, 'parties.csv'), partiesToCsv(d));
  fs.writeFileSync(path.join(out, 'issues.csv'), issuesToCsv(d));
  fs.writeFileSync(path.join(out, 'rounds.csv'), roundsToCsv(d));
  fs.writeFileSync(path.join(out, 'sources.csv'), sourcesToCsv(d));
  for (const [file, text] of entry.sourceTexts)
    fs.writeFileSync(path.join(out, 'sources', file), text);
  console.log(
    `wrote ${out}/positions.csv, parties.csv, issues.csv, rounds.csv, sources.csv and ${entry.sourceTexts.size} source texts`,
  );
  console.log(
    'source details (authors, publisher, date, url, kind), events and delegations are not in the CSV',
  );
}

void main();
