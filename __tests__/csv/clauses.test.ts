import { clausesToCsv } from '@/lib/csv/clauses';
import { importDataset, type ImportInput } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';
import type { Dataset } from '@/lib/model';

// Two made-up plans for a made-up river, only for these tests.
const PLAN = `Plan A (fictional).
Point 1. Half of the water is released downstream.
Point 2. A joint body reads every gauge.
Plan B (fictional).
Point 1. Two thirds of the water is released downstream.
Point 2. Each state reads its own gauges.
Point 3. A fund repairs the banks.`;

const POSITIONS = [
  'round,party,issue,status,value,confidence,label,summary,source,quote',
  'r1,plan-a,Water share,stated,50,high,Half,Half downstream.,plan,Half of the water is released downstream.',
  'r1,plan-a,Gauges,stated,100,high,Joint,A joint body.,plan,A joint body reads every gauge.',
].join('\n');
const PARTIES = [
  'id,name,kind,supersedes',
  'plan-a,Plan A,proposal,',
  'plan-b,Plan B,proposal,plan-a',
  'north,Northland,party-to-conflict,',
].join('\n');
const HEADER = 'party,number,title,text,source,issue,value';
const CLAUSES = [
  HEADER,
  'plan-a,1,Water,Half of the water is released downstream.,plan,water-share,50',
  'plan-a,2,,A joint body reads every gauge.,plan,gauges,100',
  'Plan B,1,Water,Two thirds of the water is released downstream.,plan,Water share,65',
  'plan-b,2,Gauges,Each state reads its own gauges.,plan,gauges,20',
  'plan-b,2,,,,water-share,60',
  'plan-b,3,,A fund repairs the banks.,plan,,',
];

function input(clauses: string[] | undefined, extra: Partial<ImportInput> = {}): ImportInput {
  return {
    id: 'river',
    title: 'River plans (test)',
    summary: 'Made up.',
    today: '2026-01-15',
    positions: { file: 'positions.csv', text: POSITIONS },
    parties: { file: 'parties.csv', text: PARTIES },
    sources: [{ id: 'plan', file: 'plan.txt', text: PLAN }],
    ...(clauses ? { clauses: { file: 'clauses.csv', text: clauses.join('\n') } } : {}),
    ...extra,
  };
}

function imported(clauses: string[] | undefined, extra: Partial<ImportInput> = {}): Dataset {
  const result = importDataset(input(clauses, extra));
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result.dataset;
}

function problems(clauses: string[]): string[] {
  const result = importDataset(input(clauses));
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatImportProblem);
}

describe('clauses.csv', () => {
  it('reads a row per clause × issue onto the proposals, parties and issues by id or name', () => {
    const d = imported(CLAUSES);
    const b = d.parties.find((p) => p.id === 'plan-b');
    expect(b?.clauses).toEqual([
      {
        number: '1',
        title: 'Water',
        text: 'Two thirds of the water is released downstream.',
        source: 'plan',
        issues: [{ issue: 'water-share', value: 65 }],
      },
      {
        number: '2',
        title: 'Gauges',
        text: 'Each state reads its own gauges.',
        source: 'plan',
        issues: [
          { issue: 'gauges', value: 20 },
          { issue: 'water-share', value: 60 },
        ],
      },
      { number: '3', text: 'A fund repairs the banks.', source: 'plan' },
    ]);
    expect(d.parties.find((p) => p.id === 'north')?.clauses).toBeUndefined();
  });

  it('writes the same rows back: further rows of a clause carry only its issue and value', () => {
    const d = imported(CLAUSES);
    expect(clausesToCsv(d).split('\r\n')).toEqual([
      HEADER,
      'plan-a,1,Water,Half of the water is released downstream.,plan,water-share,50',
      'plan-a,2,,A joint body reads every gauge.,plan,gauges,100',
      'plan-b,1,Water,Two thirds of the water is released downstream.,plan,water-share,65',
      'plan-b,2,Gauges,Each state reads its own gauges.,plan,gauges,20',
      'plan-b,2,,,,water-share,60',
      'plan-b,3,,A fund repairs the banks.,plan,,',
      '',
    ]);
    expect(imported(clausesToCsv(d).split('\r\n'))).toStrictEqual(d);
  });

  it('names the row and column of every problem, with the nearest passage of a text not verbatim', () => {
    expect(
      problems([
        HEADER,
        'plan-a,1,,Half of the water flows downstream.,plan,water-share,50',
        'plan-a,2,,A joint body reads every gauge.,plan,gauges,150',
        'plan-a,3,,A joint body reads every gauge.,plan,tariffs,10',
        'plan-a,4,,A joint body reads every gauge.,plan,,10',
        'plan-a,5,,A joint body reads every gauge.,plan,gauges,',
        'north,1,,A joint body reads every gauge.,plan,,',
        'nobody,1,,A joint body reads every gauge.,plan,,',
        'plan-b,1,,Two thirds of the water is released downstream.,plan,,',
        'plan-b,1,,Each state reads its own gauges.,plan,,',
        'plan-b,2,,Each state reads its own gauges.,memo,,',
      ]),
    ).toEqual([
      'clauses.csv, row 2, column text: is not found verbatim in source "plan"; the nearest passage there reads: "Half of the water is released"',
      "clauses.csv, row 3, column value: '150' is not a number from 0 to 100",
      "clauses.csv, row 4, column issue: 'tariffs' is not an issue of this dataset (by id or name)",
      'clauses.csv, row 5, column value: is given, so the row needs the issue it is a value on',
      'clauses.csv, row 6, column value: is empty; give the value this clause implies on the issue',
      'clauses.csv, row 7, column party: clauses are only for parties of kind "proposal" (found "party-to-conflict")',
      "clauses.csv, row 8, column party: 'nobody' is not a party of this dataset (by id or name)",
      "clauses.csv, row 10, column text: 'Each state reads its own gauges.' differs from row 9, which starts clause 1; further rows may only add an issue",
      'clauses.csv, row 11, column source: names a source "memo", which is not defined in this dataset (found "memo")',
    ]);
  });

  it('keeps the clauses of a dataset being updated when clauses.csv is not given, and replaces those of each party it names', () => {
    const base = { dataset: imported(CLAUSES), sourceTexts: new Map([['plan.txt', PLAN]]) };
    const again = imported(undefined, { base, positions: undefined });
    expect(again.parties.map((p) => p.clauses?.length)).toEqual([2, 3, undefined]);
    const replaced = imported([HEADER, 'plan-b,1,,A fund repairs the banks.,plan,,'], {
      base,
      positions: undefined,
    });
    expect(replaced.parties.map((p) => p.clauses?.map((c) => c.text))).toEqual([
      ['Half of the water is released downstream.', 'A joint body reads every gauge.'],
      ['A fund repairs the banks.'],
      undefined,
    ]);
    // The base dataset is never changed by an update.
    expect(base.dataset.parties[1]?.clauses).toHaveLength(3);
  });

  it('refuses a header without the text or source column', () => {
    expect(
      problems(['party,number,text', 'plan-a,1,Half of the water is released downstream.']),
    ).toEqual([
      'clauses.csv, row 1, column source: is missing from the header (needed: party, number, text, source)',
    ]);
  });
});
