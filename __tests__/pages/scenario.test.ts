import { SCENARIO_MARK, applyWhatIf } from '@/lib/analysis';
import { parseCsvRecords } from '@/lib/csv/parse';
import { toCsv } from '@/lib/csv/write';
import { keptViewHeaderValue, keptViewParam } from '@/lib/data/keptViewHeader';
import { scenarioCsv, scenarioFilename, scenarioView } from '@/lib/pages/scenario';
import { DEFAULT_VIEW, keptQuery, parseViewState, toQueryString } from '@/lib/url/query';
import { coded, dataset, withParties } from '../analysis/fixtures';

const d = withParties(
  dataset({
    parties: ['a', 'b'],
    positions: [coded('a', 'x', 'r1', 20), coded('b', 'x', 'r1', 80)],
  }),
  { a: { name: 'Northland' }, b: { name: 'Southland', capability: 40 } },
);
const { scenario } = applyWhatIf(
  d,
  [
    { kind: 'position', party: 'b', issue: 'x', value: 35 },
    { kind: 'capability', party: 'b', value: 62.5 },
  ],
  'b.x=35,b.capability=62.5',
);

describe('scenarioView', () => {
  it('is undefined for coded data and for a link that changed nothing', () => {
    expect(scenarioView(undefined)).toBeUndefined();
    expect(scenarioView(applyWhatIf(d, [], 'zz').scenario)).toBeUndefined();
  });

  it('says "Scenario: not coded data" and lists every change', () => {
    const view = scenarioView(scenario)!;
    expect(view.heading).toBe(SCENARIO_MARK);
    expect(view.changes).toEqual([
      'Southland on x: 80 → 35 (set in r1)',
      "Southland's capability: 40 → 62.5",
    ]);
    expect(view.stamp).toBe(
      "Scenario: not coded data (Southland on x: 80 → 35 (set in r1); Southland's capability: 40 → 62.5)",
    );
  });
});

describe('scenarioCsv', () => {
  const body = toCsv(
    ['issue', 'note'],
    [
      ['x', 'plain'],
      ['y', 'with, comma and "quotes"\nand a line'],
      ['z', '=SUM(A1)'],
    ],
  );

  it('passes coded data through unchanged', () => {
    expect(scenarioCsv(undefined, body, 'm.csv')).toEqual({ body, filename: 'm.csv' });
  });

  it('adds a scenario column to every row and says so in the file name, keeping every field', () => {
    const out = scenarioCsv(scenario, body, 'fixture-matrix.csv');
    expect(out.filename).toBe('fixture-matrix-scenario.csv');
    const { records, errors } = parseCsvRecords(out.body);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.length)).toEqual([3, 3, 3, 3]);
    expect(records[0]).toEqual(['issue', 'note', 'scenario']);
    expect(records[2]![1]).toBe('with, comma and "quotes"\nand a line');
    // The neutralised formula stays neutralised.
    expect(records[3]![1]).toBe("'=SUM(A1)");
    for (const r of records.slice(1)) expect(r[2]).toMatch(/^Scenario: not coded data \(/);
  });

  it('names a file without an extension too', () => {
    expect(scenarioFilename('chart')).toBe('chart-scenario.csv');
  });
});

describe('?whatif= in the URL state and the kept view', () => {
  it('is read, kept on links and carried in the kept-view header up to 500 characters', () => {
    const { state } = parseViewState({ whatif: ' b.x=35 ' }, d);
    expect(state.whatif).toBe('b.x=35');
    expect(toQueryString({ ...DEFAULT_VIEW, whatif: 'b.x=35,a.x=1' })).toBe(
      '?whatif=b.x%3D35,a.x%3D1',
    );
    expect(keptQuery({ orient: 'a', whatif: 'b.x=35' })).toBe('?orient=a&whatif=b.x%3D35');
    const long = Array.from({ length: 40 }, (_, i) => `b.x=${i}`).join(',');
    const header = keptViewHeaderValue(
      new URLSearchParams({ whatif: long, version: 'v'.repeat(90) }),
    );
    expect(keptViewParam(header!, 'whatif')).toBe(long.slice(0, 500));
    expect(keptViewParam(header!, 'version')).toHaveLength(64);
  });
});
