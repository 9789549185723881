// npm run schema: writes data/dataset.schema.json from the zod model, for editors' autocomplete.
import fs from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { datasetJsonSchemaText } from '@/lib/model/jsonSchema';

async function main() {
  const target = path.join(process.cwd(), 'data', 'dataset.schema.json');
  // Formatted as the repository's prettier check expects; the content is the generated schema.
  const options = (await resolveConfig(target)) ?? {};
  const text = await format(datasetJsonSchemaText(), { ...options, filepath: target });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
