// npm run validate [-- data/<id> ...]: checks datasets; exit 0 when all are valid, 1 otherwise.
import fs from 'node:fs';
import path from 'node:path';
import { listDatasets, readDatasetFolder, type DatasetEntry } from '@/lib/data';

function entriesFromArgs(args: string[]): DatasetEntry[] {
  if (args.length === 0) return listDatasets();
  return args.map((arg) => {
    const target = path.resolve(arg);
    const dir = target.endsWith('dataset.json') ? path.dirname(target) : target;
    if (!fs.existsSync(dir)) {
      return {
        id: arg,
        dir,
        version: '',
        problems: [{ path: '', message: 'no such folder' }],
        sourceTexts: new Map(),
      };
    }
    return readDatasetFolder(dir);
  });
}

const entries = entriesFromArgs(process.argv.slice(2));
if (entries.length === 0) {
  console.error('No datasets found (looked for data/*/dataset.json).');
  process.exit(1);
}
let failed = 0;
for (const entry of entries) {
  if (entry.dataset) {
    const d = entry.dataset;
    console.log(
      `ok    ${entry.id}  (${d.parties.length} parties, ${d.issues.length} issues, ${d.rounds.length} rounds, ${d.positions.length} positions; version ${entry.version})`,
    );
    continue;
  }
  failed += 1;
  console.log(
    `FAIL  ${entry.id}  ${entry.problems.length} problem${entry.problems.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), entry.dir) || entry.dir}`,
  );
  for (const p of entry.problems) {
    console.log(
      `      ${p.path || '(file)'}: ${p.message}${p.value !== undefined ? ` (found ${p.value})` : ''}`,
    );
  }
}
process.exit(failed ? 1 : 0);
