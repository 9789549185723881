import fs from 'node:fs';
import path from 'node:path';
import { datasetJsonSchemaText } from '@/lib/model/jsonSchema';

describe('datasetJsonSchemaText', () => {
  it('matches the committed data/dataset.schema.json (run npm run schema after changing lib/model)', () => {
    const committed = fs.readFileSync(
      path.join(process.cwd(), 'data', 'dataset.schema.json'),
      'utf8',
    );
    expect(JSON.parse(committed)).toEqual(JSON.parse(datasetJsonSchemaText()));
  });

  it('describes the parts an editor needs to autocomplete', () => {
    const schema = JSON.parse(datasetJsonSchemaText()) as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['parties', 'issues', 'rounds', 'positions', 'sources']),
    );
    expect(schema.required).toContain('positions');
    expect(schema.required).not.toContain('outcomes');
  });
});
