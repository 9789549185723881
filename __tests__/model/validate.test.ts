import { checkDataset } from '@/lib/model';
import { FIXTURE_SOURCE, validDatasetJson } from './fixture';

const texts = new Map([['note.txt', FIXTURE_SOURCE]]);
const paths = (json: unknown, sources = texts) => {
  const check = checkDataset(json, sources);
  return check.problems.map((p) => p.path);
};

describe('checkDataset', () => {
  it('accepts a valid dataset, matching quotes across line breaks and typographic quotes', () => {
    const check = checkDataset(validDatasetJson(), texts);
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
  });

  it('names the path and value of a schema error', () => {
    const json = validDatasetJson();
    (json.positions[0] as { value: unknown }).value = 'high';
    const check = checkDataset(json, texts);
    expect(check.problems).toEqual([
      { path: 'positions[0].value', message: 'must be a number from 0 to 100', value: '"high"' },
    ]);
  });

  it('reports a missing field as missing', () => {
    const json = validDatasetJson() as Record<string, unknown>;
    delete json.title;
    expect(checkDataset(json, texts).problems).toEqual([
      { path: 'title', message: 'is required but missing' },
    ]);
  });

  it('names a misspelt or unknown field instead of dropping it', () => {
    const json = validDatasetJson() as Record<string, unknown>;
    json.sumary = 'misspelt';
    (json.positions as Record<string, unknown>[])[0]!.salince = 3;
    expect(checkDataset(json, texts).problems).toEqual([
      { path: 'positions[0]', message: 'has unknown field "salince"' },
      { path: '', message: 'has unknown field "sumary"' },
    ]);
  });

  it('rejects bad ids and reserved dataset ids', () => {
    const json = validDatasetJson();
    json.id = 'api';
    json.parties[0]!.id = 'North Side';
    expect(paths(json)).toEqual(['id', 'parties[0].id']);
  });

  it('collects duplicate ids, dangling references and duplicate cells in one pass', () => {
    const json = validDatasetJson();
    json.parties.push({ ...json.parties[0]! });
    json.positions.push({ ...json.positions[1]!, issue: 'ghost' });
    json.positions.push({ ...json.positions[1]! });
    expect(paths(json)).toEqual(['parties[2].id', 'positions[2].issue', 'positions[3]']);
  });

  it('flags a value outside its acceptable range', () => {
    const json = validDatasetJson();
    (json.positions[0] as { value: number }).value = 50;
    const check = checkDataset(json, texts);
    expect(check.problems).toEqual([
      {
        path: 'positions[0].value',
        message: 'lies outside the acceptable range 80-100',
        value: '50',
      },
    ]);
  });

  it('flags a quote that is not in its source, and a missing source file', () => {
    const json = validDatasetJson();
    json.positions[0]!.evidence![0]!.quote = 'South wants a truce';
    expect(paths(json)).toEqual(['positions[0].evidence[0].quote']);
    expect(paths(validDatasetJson(), new Map())).toEqual(['sources[0].file']);
  });

  it('needs evidence on a coded position but not on a silent one', () => {
    const json = validDatasetJson();
    json.positions[0]!.evidence = [];
    expect(paths(json)).toEqual(['positions[0].evidence']);
  });

  it('shows the nearest passage of the source for a quote not found verbatim', () => {
    const json = validDatasetJson();
    json.positions[0]!.evidence![0]!.quote = 'North wants a truse at once';
    expect(checkDataset(json, texts).problems).toEqual([
      {
        path: 'positions[0].evidence[0].quote',
        message:
          'is not found verbatim in source "note"; the nearest passage there reads: "North wants a "truce"\nat once"'.replace(
            '\n',
            ' ',
          ),
      },
    ]);
  });

  it('says so when no passage of the source is near the quote, showing the quote', () => {
    const json = validDatasetJson();
    json.positions[0]!.evidence![0]!.quote = 'Completely different words entirely';
    const [problem] = checkDataset(json, texts).problems;
    expect(problem?.message).toMatch(/no passage there shares a third of its words/);
    expect(problem?.value).toBe('"Completely different words entirely"');
  });

  it('accepts a position without a coding note, and a silent one with checked sources and a confidence', () => {
    const json = validDatasetJson();
    delete (json.positions[0] as { codingNote?: string }).codingNote;
    json.positions[1] = {
      ...json.positions[1]!,
      checked: ['note'],
      confidence: 'medium',
    } as unknown as (typeof json.positions)[number];
    expect(checkDataset(json, texts).problems).toEqual([]);
  });

  it('flags a checked source that is not defined, and an empty checked list', () => {
    const json = validDatasetJson();
    (json.positions[1] as { checked?: string[] }).checked = ['memo'];
    expect(checkDataset(json, texts).problems).toEqual([
      {
        path: 'positions[1].checked[0]',
        message: 'names a source "memo", which is not defined in this dataset',
        value: '"memo"',
      },
    ]);
    (json.positions[1] as { checked?: string[] }).checked = [];
    expect(paths(json)).toEqual(['positions[1].checked']);
  });

  it('rejects an unknown status with a plain message', () => {
    const json = validDatasetJson();
    json.positions[1]!.status = 'maybe';
    const check = checkDataset(json, texts);
    expect(check.problems[0]).toMatchObject({ path: 'positions[1].status' });
    expect(check.problems[0]!.message).toMatch(/stated.*inferred.*none/);
  });
});
