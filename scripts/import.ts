// npm run import -- <export folder | positions.csv> --id <id> [--force [--allow-drop]]
// npm run import -- <export folder | positions.csv> --into <id>
//   [--title "..."] [--summary "..."] [--as-of YYYY-MM-DD] [--parties parties.csv] [--issues issues.csv]
//   [--rounds rounds.csv] [--sources sources.csv] [--sources-dir <dir>] [--dataset dataset.csv]
//   [--events events.csv] [--outcomes outcomes.csv] [--delegations delegations.csv]
//   [--clauses clauses.csv]
// Builds data/<id>/ (or updates it with --into); writes nothing unless the whole dataset is valid.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDataset, type ImportBase } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';
import { dataRoot, readDatasetAt } from '@/lib/data';
import { changeLines, changesFile, diffDatasets, unchanged } from '@/lib/data/changes';
import { lockDataset, recoverInterruptedWrites } from '@/lib/data/swap';
import { writeDatasetFolder } from '@/lib/data/write';
import { isSlug } from '@/lib/model';
import { contentVersion, datasetJsonText, fail, today } from './cli';
import { importFiles } from './importFiles';

const USAGE =
  'usage: npm run import -- <export folder | positions.csv> (--id <id> [--force [--allow-drop]] | --into <id>) [--title "..."] [--summary "..."] [--as-of YYYY-MM-DD] [--parties f] [--issues f] [--rounds f] [--sources f] [--sources-dir dir] [--dataset f] [--events f] [--outcomes f] [--delegations f] [--clauses f]';

/** Files of a dataset folder the import rewrites itself; any other top-level file is carried over. */
const OWN_FILES = new Set(['dataset.json', 'dataset.json.previous', 'CHANGES.md', 'sources']);

function carriedFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of fs.readdirSync(dir, { withFileTypes: true }))
    if (d.isFile() && !OWN_FILES.has(d.name))
      out.set(d.name, fs.readFileSync(path.join(dir, d.name), 'utf8'));
  return out;
}

function problemsAndExit(problems: string[]): never {
  const n = problems.length;
  console.error(`\n${n} problem${n === 1 ? '' : 's'}; nothing was written:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      into: { type: 'string' },
      title: { type: 'string' },
      summary: { type: 'string' },
      'as-of': { type: 'string' },
      parties: { type: 'string' },
      issues: { type: 'string' },
      rounds: { type: 'string' },
      sources: { type: 'string' },
      'sources-dir': { type: 'string' },
      dataset: { type: 'string' },
      events: { type: 'string' },
      outcomes: { type: 'string' },
      delegations: { type: 'string' },
      clauses: { type: 'string' },
      force: { type: 'boolean', default: false },
      'allow-drop': { type: 'boolean', default: false },
    },
  });
  const id = values.into ?? values.id;
  if (!id || positionals.length > 1) fail(USAGE);
  if (values.into && values.id && values.id !== values.into)
    fail('--id and --into name different datasets; give one of them');
  if (values.into && values.force) fail('--into updates in place; --force replaces: give one');
  if (!isSlug(id)) fail(`"${id}" cannot be a dataset id (lowercase a-z, digits, single hyphens)`);
  const files = importFiles(positionals[0], values);
  if (!values.into && !files.positions)
    fail(`${USAGE}\n(a new dataset needs positions: an export folder or a positions.csv)`);

  const root = dataRoot();
  for (const message of recoverInterruptedWrites(root)) console.error(`recovered: ${message}`);
  let release: () => void;
  try {
    release = lockDataset(root, id);
  } catch (error) {
    fail(`nothing was written: ${(error as Error).message}`);
  }
  // Released however the command ends (fail() exits at once).
  process.on('exit', () => release());
  const dir = path.join(root, id);
  const old = fs.existsSync(path.join(dir, 'dataset.json')) ? await readDatasetAt(dir) : undefined;
  if (old && !values.into && !values.force)
    fail(
      `nothing was written: ${dir} already exists; add --into ${id} to update it, or --force to replace it`,
    );
  if (values.into && !old)
    fail(`nothing was written: there is no dataset ${id} to update (${dir})`);
  if (values.into && !old?.dataset)
    fail(
      `nothing was written: ${id} has ${old?.problems.length} problems; fix them first (npm run validate -- ${dir})`,
    );
  const base: ImportBase | undefined =
    values.into && old?.dataset
      ? { dataset: old.dataset, sourceTexts: old.sourceTexts }
      : undefined;

  const result = importDataset({
    ...files,
    id,
    title: values.title,
    summary: values.summary,
    asOf: values['as-of'],
    today: today(),
    base,
  });
  for (const warning of result.warnings) console.error(`warning: ${warning}`);
  if (!result.ok) problemsAndExit(result.problems.map(formatImportProblem));

  const changes = diffDatasets(old?.dataset, result.dataset, {
    old: old?.sourceTexts,
    next: result.sourceTexts,
  });
  if (values.force && old?.dataset) {
    const removed = changes.kinds.filter((k) => k.removed.length);
    for (const k of removed)
      console.error(
        `this replacement removes ${k.removed.length} ${k.kind}: ${k.removed.slice(0, 10).join('; ')}${k.removed.length > 10 ? '; ...' : ''}`,
      );
    const dropped = [
      ...removed
        .filter((k) => ['events', 'outcomes', 'delegations'].includes(k.kind))
        .map((k) => `${k.removed.length} ${k.kind}`),
      ...result.placeholders.map((f) => `the ${f}`),
    ];
    if (dropped.length && !values['allow-drop'])
      fail(
        `nothing was written: the replacement would drop ${dropped.join(', ')} of ${id}. Export first (npm run export -- ${id} <folder>) and import that folder, update in place with --into ${id}, or add --allow-drop to drop them`,
      );
  }
  if (old?.dataset && unchanged(changes)) {
    console.log(`no changes to ${id}; nothing was written`);
    return;
  }

  const json = await datasetJsonText(result.dataset, dir);
  const extra = old ? carriedFiles(dir) : new Map<string, string>();
  if (old) {
    extra.set('dataset.json.previous', fs.readFileSync(path.join(dir, 'dataset.json'), 'utf8'));
    const previous = fs.existsSync(path.join(dir, 'CHANGES.md'))
      ? fs.readFileSync(path.join(dir, 'CHANGES.md'), 'utf8')
      : undefined;
    const action = values.into ? 'updated in place (--into)' : 'replaced (--force)';
    extra.set(
      'CHANGES.md',
      changesFile(previous, {
        date: today(),
        version: contentVersion(json, result.sourceTexts),
        action,
        changes,
      }),
    );
  }
  const written = writeDatasetFolder(
    root,
    { id, json, sources: result.sourceTexts, extra },
    Boolean(old),
  );
  if (!written.ok) fail(`nothing was written: ${written.message}`);
  const d = result.dataset;
  const where = path.relative(process.cwd(), written.dir) || written.dir;
  const verb = !old ? 'wrote' : values.into ? 'updated' : 'replaced';
  console.log(
    `${verb} ${where}: ${d.parties.length} parties, ${d.issues.length} issues, ${d.rounds.length} rounds, ${d.positions.length} positions, ${d.sources.length} sources, ${d.events.length} events, ${d.outcomes?.length ?? 0} outcomes, ${d.delegations?.length ?? 0} delegations`,
  );
  if (old) {
    for (const line of changeLines(changes)) console.log(`  ${line}`);
    console.log(
      `the previous dataset.json is kept as ${where}/dataset.json.previous; CHANGES.md has this summary`,
    );
  }
}

void main();
