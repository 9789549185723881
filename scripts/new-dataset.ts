// npm run new-dataset -- <id>: scaffolds data/<id>/ with a minimal valid dataset and a how-to.
import path from 'node:path';
import { dataRoot } from '@/lib/data';
import { scaffoldDataset } from '@/lib/data/scaffold';
import { writeDatasetFolder } from '@/lib/data/write';
import { datasetIdSchema } from '@/lib/model';
import { datasetJsonText, fail, today } from './cli';

async function main() {
  const args = process.argv.slice(2);
  const [id] = args;
  if (!id || args.length > 1)
    fail('usage: npm run new-dataset -- <id>   (id: lowercase a-z, digits, hyphens)');
  const valid = datasetIdSchema.safeParse(id);
  if (!valid.success)
    fail(`"${id}" cannot be a dataset id: it ${valid.error.issues[0]?.message ?? 'is not valid'}`);
  const scaffold = scaffoldDataset(id, today());
  const root = dataRoot();
  const written = writeDatasetFolder(root, {
    id,
    json: await datasetJsonText(scaffold.dataset, path.join(root, id)),
    sources: scaffold.sources,
    extra: new Map([['HOWTO.md', scaffold.howto]]),
  });
  if (!written.ok) fail(written.message);
  const where = path.relative(process.cwd(), written.dir) || written.dir;
  console.log(
    `wrote ${where}/dataset.json, ${where}/sources/example-source.txt and ${where}/HOWTO.md`,
  );
  console.log(`next: edit them, then npm run validate -- ${where}`);
}

void main();
