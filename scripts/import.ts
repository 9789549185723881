// npm run import -- <positions.csv> --id <id> [--title "..."] [--summary "..."] [--as-of YYYY-MM-DD]
//   [--parties parties.csv] [--issues issues.csv] [--rounds rounds.csv] [--sources sources.csv]
//   [--sources-dir <dir>] [--force]
// Builds data/<id>/ from a spreadsheet export; writes nothing unless the whole dataset is valid.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDataset, type CsvFile, type ImportSource } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';
import { dataRoot } from '@/lib/data';
import { writeDatasetFolder } from '@/lib/data/write';
import { isSlug } from '@/lib/model';
import { argPath, datasetJsonText, fail, readText, today } from './cli';

const USAGE =
  'usage: npm run import -- <positions.csv> --id <id> [--title "..."] [--summary "..."] [--as-of YYYY-MM-DD] [--parties parties.csv] [--issues issues.csv] [--rounds rounds.csv] [--sources sources.csv] [--sources-dir <dir>] [--force]';

function readSources(dir: string | undefined): ImportSource[] {
  if (!dir) return [];
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => /\.(txt|md)$/i.test(n))
      .sort();
  } catch {
    fail(`cannot read the sources folder ${dir}`);
  }
  return names.map((name) => {
    const id = name.replace(/\.(txt|md)$/i, '');
    if (!isSlug(id))
      fail(
        `${path.join(dir, name)}: the file name must be the source id (lowercase a-z, digits, hyphens) followed by .txt`,
      );
    return {
      id,
      file: `${id}.${name.split('.').pop()?.toLowerCase()}`,
      text: readText(path.join(dir, name)),
    };
  });
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      'as-of': { type: 'string' },
      parties: { type: 'string' },
      issues: { type: 'string' },
      rounds: { type: 'string' },
      sources: { type: 'string' },
      'sources-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const [positionsFile] = positionals;
  if (!positionsFile || !values.id || positionals.length > 1) fail(USAGE);
  const csv = (file: string | undefined): CsvFile | undefined =>
    file ? { file: path.basename(file), text: readText(argPath(file)) } : undefined;
  const result = importDataset({
    id: values.id,
    title: values.title,
    summary: values.summary,
    asOf: values['as-of'],
    today: today(),
    positions: { file: path.basename(positionsFile), text: readText(argPath(positionsFile)) },
    parties: csv(values.parties),
    issues: csv(values.issues),
    rounds: csv(values.rounds),
    sourceDetails: csv(values.sources),
    sources: readSources(values['sources-dir'] && argPath(values['sources-dir'])),
  });
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (!result.ok) {
    const n = result.problems.length;
    console.error(`\n${n} problem${n === 1 ? '' : 's'}; nothing was written:`);
    for (const problem of result.problems) console.error(`  ${formatImportProblem(problem)}`);
    process.exit(1);
  }
  const root = dataRoot();
  const written = writeDatasetFolder(
    root,
    {
      id: result.dataset.id,
      json: await datasetJsonText(result.dataset, path.join(root, result.dataset.id)),
      sources: result.sourceTexts,
    },
    values.force,
  );
  if (!written.ok) fail(`nothing was written: ${written.message}`);
  const d = result.dataset;
  console.log(
    `${written.replaced ? 'replaced' : 'wrote'} ${path.relative(process.cwd(), written.dir) || written.dir}: ${d.parties.length} parties, ${d.issues.length} issues, ${d.rounds.length} rounds, ${d.positions.length} positions, ${d.sources.length} sources`,
  );
}

void main();
