// npm run validate [-- data/<id> ...]: checks datasets; exit 0 when all are valid, 1 otherwise.
import path from 'node:path';
import { datasetStore, FileStore, type DatasetSummary } from '@/lib/data';

/** Every dataset in the store, or the folders named on the command line (each read by a store of its parent folder). */
async function summariesFromArgs(args: string[]): Promise<DatasetSummary[]> {
  if (args.length === 0) return datasetStore().list();
  const summaries: DatasetSummary[] = [];
  for (const arg of args) {
    const target = path.resolve(arg);
    const dir = target.endsWith('dataset.json') ? path.dirname(target) : target;
    const name = path.basename(dir);
    const found = (await new FileStore(path.dirname(dir)).list()).find((s) => s.id === name);
    summaries.push(
      found ?? {
        id: arg,
        home: 'folder',
        location: dir,
        version: '',
        problems: [{ path: '', message: 'no such folder, or no dataset.json in it' }],
      },
    );
  }
  return summaries;
}

async function main() {
  const summaries = await summariesFromArgs(process.argv.slice(2));
  if (summaries.length === 0) {
    console.error('No datasets found (looked for data/*/dataset.json).');
    process.exit(1);
  }
  let failed = 0;
  for (const s of summaries) {
    const c = s.counts;
    if (c && s.problems.length === 0) {
      console.log(
        `ok    ${s.id}  (${c.parties} parties, ${c.issues} issues, ${c.rounds} rounds, ${c.coded + c.none} positions; version ${s.version})`,
      );
      continue;
    }
    failed += 1;
    const where = path.relative(process.cwd(), s.location) || s.location;
    console.log(
      `FAIL  ${s.id}  ${s.problems.length} problem${s.problems.length === 1 ? '' : 's'} in ${where}`,
    );
    for (const p of s.problems) {
      console.log(
        `      ${p.path || '(file)'}: ${p.message}${p.value !== undefined ? ` (found ${p.value})` : ''}`,
      );
    }
  }
  process.exit(failed ? 1 : 0);
}

void main();
