import { checkDataset } from '@/lib/model';
import { FIXTURE_SOURCE, validDatasetJson } from './fixture';

const texts = new Map([['note.txt', FIXTURE_SOURCE]]);

/** The fixture with a proposal listing these clauses (as written in dataset.json). */
function withClauses(clauses: unknown[], kind = 'proposal') {
  const json = validDatasetJson();
  return {
    ...json,
    parties: [...json.parties, { id: 'plan', name: 'Plan', shortName: 'Plan', kind, clauses }],
  };
}

const problems = (json: unknown) =>
  checkDataset(json, texts).problems.map((p) => `${p.path}: ${p.message}`);

describe('clauses in checkDataset', () => {
  it('accepts clauses quoted verbatim, with titles and issue values', () => {
    const json = withClauses([
      { number: '1', title: 'Truce', text: 'North wants a “truce” at once', source: 'note' },
      { number: '1a', text: 'it said', source: 'note', issues: [{ issue: 'truce', value: 90 }] },
    ]);
    expect(checkDataset(json, texts).problems).toEqual([]);
  });

  it('checks each text verbatim in its source, its source and issues defined, numbers once', () => {
    expect(
      problems(
        withClauses([
          { number: '1', text: 'South wants a truce', source: 'note' },
          { number: '1', text: 'it said', source: 'memo' },
          {
            number: '2',
            text: 'it said',
            source: 'note',
            issues: [
              { issue: 'tariffs', value: 10 },
              { issue: 'truce', value: 20 },
              { issue: 'truce', value: 30 },
            ],
          },
        ]),
      ),
    ).toEqual([
      'parties[2].clauses[0].text: is not found verbatim in source "note"; the nearest passage there reads: "North wants a "truce"',
      'parties[2].clauses[1].number: repeats the number of clauses[0]',
      'parties[2].clauses[1].source: names a source "memo", which is not defined in this dataset',
      'parties[2].clauses[2].issues[0].issue: names an issue "tariffs", which is not defined in this dataset',
      'parties[2].clauses[2].issues[2].issue: names the same issue as issues[1] of this clause',
    ]);
  });

  it('keeps clauses to proposals', () => {
    expect(
      problems(withClauses([{ number: '1', text: 'it said', source: 'note' }], 'mediator')),
    ).toEqual(['parties[2].clauses: clauses are only for parties of kind "proposal"']);
  });

  it('refuses values off the scale, numbers with spaces and empty texts in the schema', () => {
    expect(
      problems(
        withClauses([
          {
            number: 'Article 1',
            text: '',
            source: 'note',
            issues: [{ issue: 'truce', value: 101 }],
          },
        ]),
      ),
    ).toEqual([
      'parties[2].clauses[0].number: must be one word, without spaces (for example "7" or "12a")',
      'parties[2].clauses[0].text: must not be empty',
      'parties[2].clauses[0].issues[0].value: must be a number from 0 to 100',
    ]);
  });
});
