// npm run synthetic -- <parties> <issues> [rounds] [seed]: writes data/synthetic-<p>x<i>/, a
// generated dataset (not a real negotiation) for checking layouts and speed at size.
import path from 'node:path';
import { dataRoot } from '@/lib/data';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { fail } from './cli';

const [parties, issues, rounds, seed] = process.argv.slice(2).map(Number);
if (!parties || !issues) fail('usage: npm run synthetic -- <parties> <issues> [rounds] [seed]');
const { dataset, sourceFile, sourceText } = syntheticDataset({ parties, issues, rounds, seed });
const written = writeDatasetFolder(
  dataRoot(),
  {
    id: dataset.id,
    json: `${JSON.stringify(dataset, null, 1)}\n`,
    sources: new Map([[sourceFile, sourceText]]),
  },
  true,
);
if (!written.ok) fail(written.message);
console.log(
  `wrote ${path.relative(process.cwd(), written.dir)} (${dataset.positions.length} positions)`,
);
