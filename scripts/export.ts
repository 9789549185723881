// npm run export -- <id> <folder>: writes everything a dataset holds as CSV files (dataset,
// sources, parties, issues, rounds, positions, events, outcomes, delegations, clauses) and its
// source texts in sources/: the folder `npm run import -- <folder> --id <id>` rebuilds it from.
import fs from 'node:fs';
import path from 'node:path';
import { datasetToCsvFiles } from '@/lib/csv/folder';
import { recordKeys } from '@/lib/csv/merge';
import { datasetStore } from '@/lib/data';
import { argPath, fail } from './cli';

/** Items whose keys repeat would merge when imported again: say so instead of losing them. */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function repeatedKeys(keys: string[]): string[] {
  return keys.filter((k, i) => keys.indexOf(k) !== i);
}

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
  const files = datasetToCsvFiles(d);
  for (const [name, text] of files) fs.writeFileSync(path.join(out, name), text);
  for (const [file, text] of entry.sourceTexts)
    fs.writeFileSync(path.join(out, 'sources', file), text);
  const counts: Record<string, string> = {
    'dataset.csv': 'title, summary, as-of date',
    'sources.csv': count(d.sources.length, 'source'),
    'parties.csv': d.parties.length === 1 ? '1 party' : `${d.parties.length} parties`,
    'issues.csv': count(d.issues.length, 'issue'),
    'rounds.csv': count(d.rounds.length, 'round'),
    'positions.csv': count(d.positions.length, 'position'),
    'events.csv': count(d.events.length, 'event'),
    'outcomes.csv': count(d.outcomes?.length ?? 0, 'outcome'),
    'delegations.csv': count(d.delegations?.length ?? 0, 'delegation'),
    'clauses.csv': count(
      d.parties.reduce((n, p) => n + (p.clauses?.length ?? 0), 0),
      'clause',
    ),
  };
  console.log(`wrote ${out}:`);
  for (const name of files.keys()) console.log(`  ${name} (${counts[name]})`);
  console.log(`  sources/ (${count(entry.sourceTexts.size, 'source text')})`);
  console.log(`every field of ${id} is in these files; import them back with`);
  console.log(`  npm run import -- ${outArg} --into ${id}    (or --id <new-id> for a copy)`);
  const merged = [
    ...repeatedKeys(d.events.map(recordKeys.event)).map((k) => `event "${k}"`),
    ...repeatedKeys((d.outcomes ?? []).map(recordKeys.outcome)).map((k) => `outcome "${k}"`),
    ...repeatedKeys((d.delegations ?? []).map(recordKeys.delegation)).map(
      (k) => `delegation "${k}"`,
    ),
  ];
  for (const m of merged)
    console.error(
      `warning: two items share the key of ${m}; an import reads them as one (give one a different title or round)`,
    );
}

void main();
