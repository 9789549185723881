import { importDataset, type ImportInput } from '@/lib/csv/import';
import { POSITION_COLUMNS } from '@/lib/csv/positions';
import { formatImportProblem, type ImportProblem } from '@/lib/csv/problems';
import { hasValue } from '@/lib/model';

// A made-up trade talk, only for these tests.
const SOURCE = `# Talks on the fictional Northport tariff

Northland said it wants all tariffs removed within a year.
Southland said tariffs must stay for at least five years, and it could accept three.
Україна не коментувала.`;

/** The first 14 columns of the export: keys, status, values, words, source and quote. */
const COLUMNS = POSITION_COLUMNS.slice(0, 14);
const HEADER = COLUMNS.join(',');
const ROWS = [
  'Round 1,Northland,Tariffs,stated,90,70,100,5,high,Remove tariffs,Wants tariffs gone,Said so,memo,Northland said it wants all tariffs removed within a year.',
  'Round 1,Southland,Tariffs,stated,20,20,40,4,medium,Keep tariffs,Keep them five years,Said so,memo,"Southland said tariffs must stay for at least five years, and it could accept three."',
  'Round 1,Україна,Tariffs,none,,,,,,,,Source is silent,,',
];

function input(rows: string[], extra: Partial<ImportInput> = {}): ImportInput {
  return {
    id: 'northport',
    title: 'Northport tariff talks (example)',
    summary: 'A made-up example.',
    today: '2026-01-15',
    positions: { file: 'positions.csv', text: [HEADER, ...rows].join('\r\n') },
    sources: [{ id: 'memo', file: 'memo.txt', text: SOURCE }],
    ...extra,
  };
}

function problems(rows: string[], extra: Partial<ImportInput> = {}): ImportProblem[] {
  const result = importDataset(input(rows, extra));
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('importDataset', () => {
  it('builds a valid dataset, creating parties, issues and rounds from their names', () => {
    const result = importDataset(input(ROWS));
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    const d = result.dataset;
    expect(d.parties.map((p) => [p.id, p.name])).toEqual([
      ['northland', 'Northland'],
      ['southland', 'Southland'],
      ['ukraina', 'Україна'],
    ]);
    expect(d.issues.map((i) => i.id)).toEqual(['tariffs']);
    expect(d.rounds).toEqual([{ id: 'round-1', label: 'Round 1', date: '2026-01-15' }]);
    expect(d.sources[0]).toMatchObject({
      id: 'memo',
      title: 'Talks on the fictional Northport tariff',
    });
    expect(d.positions[1]).toMatchObject({
      value: 20,
      acceptable: { min: 20, max: 40 },
      salience: 4,
    });
    expect(d.positions[2]).toMatchObject({ status: 'none', party: 'ukraina' });
    expect(result.warnings.join('\n')).toMatch(/scale words are still to be written/);
    expect(result.warnings.join('\n')).toMatch(/rounds created .* dated 2026-01-15/);
  });

  it('reads header names in any case and order, and a second row as a second quote', () => {
    const header = 'QUOTE,Source,' + COLUMNS.slice(0, 12).join(',').toUpperCase();
    const text = [
      header,
      `Northland said it wants all tariffs removed within a year.,memo,r1,Northland,Tariffs,stated,90,,,,high,L,S,N`,
      `all tariffs removed,memo,r1,Northland,Tariffs,,,,,,,,,`,
    ].join('\n');
    const result = importDataset({ ...input([]), positions: { file: 'positions.csv', text } });
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.dataset.positions).toHaveLength(1);
    expect(result.dataset.positions[0]?.evidence?.map((e) => e.quote)).toEqual([
      'Northland said it wants all tariffs removed within a year.',
      'all tariffs removed',
    ]);
  });

  it('names a missing column', () => {
    const text = COLUMNS.filter((c) => c !== 'status').join(',') + '\n';
    const found = problems([], { positions: { file: 'positions.csv', text } });
    expect(found).toEqual([expect.objectContaining({ row: 1, column: 'status' })]);
  });

  it('names the row and column of a bad number, in the words an analyst reads', () => {
    const bad = ROWS[0]!.replace(',90,', ',high,');
    const found = problems([ROWS[1]!, bad]);
    expect(found).toHaveLength(1);
    expect(formatImportProblem(found[0]!)).toBe(
      "positions.csv, row 3, column value: 'high' is not a number from 0 to 100",
    );
  });

  it('names a value outside its acceptable range', () => {
    const found = problems([ROWS[0]!.replace(',90,70,100,', ',50,70,100,')]);
    expect(found).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'value',
        message: expect.stringMatching(/outside the acceptable range 70-100/),
      }),
    ]);
  });

  it('names an unknown source', () => {
    const found = problems([ROWS[0]!.replace(',memo,', ',minutes,')]);
    expect(found).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'source',
        message: expect.stringMatching(/"minutes", which is not defined/),
      }),
    ]);
  });

  it('names a quote that is not in its source', () => {
    const found = problems([ROWS[0]!, ROWS[1]!.replace('could accept three', 'could accept two')]);
    expect(found).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'quote',
        message: expect.stringMatching(/not found verbatim in source "memo"/),
      }),
    ]);
  });

  it('names a duplicate row', () => {
    const found = problems([ROWS[0]!, ROWS[1]!, ROWS[0]!]);
    expect(found).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'quote',
        message: expect.stringMatching(/repeats row 2/),
      }),
    ]);
  });

  it('reports every problem at once', () => {
    const found = problems([
      ROWS[0]!.replace(',high,', ',sure,'),
      ROWS[1]!.replace(',4,', ',9,'),
      ROWS[2]!.replace(',none,', ',maybe,'),
    ]);
    expect(found.map((p) => `${p.row} ${p.column}`)).toEqual([
      '2 confidence',
      '3 salience',
      '4 status',
    ]);
  });

  it('refuses a value in a "none" row', () => {
    const found = problems([ROWS[2]!.replace(',none,,', ',none,40,')]);
    expect(found.map((p) => `${p.row} ${p.column}`)).toEqual(['2 value']);
  });

  it('reads a range given at one end only as open at the other, with a warning naming the row', () => {
    const result = importDataset(
      input([ROWS[0]!.replace(',70,100,', ',70,,'), ROWS[1]!.replace(',20,40,', ',,40,')]),
    );
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.dataset.positions.map((p) => hasValue(p) && p.acceptable)).toEqual([
      { min: 70, max: 100 },
      { min: 0, max: 40 },
    ]);
    expect(result.warnings).toContain(
      'positions.csv: acceptable range given at one end only, read as open at the other: row 2 (70 up to 100), row 3 (0 up to 40)',
    );
  });

  it('refuses rows that disagree about one position (another value is a reading instead)', () => {
    const found = problems([
      ROWS[0]!,
      ROWS[0]!
        .replace(',high,', ',low,')
        .replace(
          ',Northland said it wants all tariffs removed within a year.',
          ',all tariffs removed',
        ),
    ]);
    expect(found).toEqual([expect.objectContaining({ row: 3, column: 'confidence' })]);
  });

  it('finds parties by id or name in parties.csv and refuses unknown ones', () => {
    const parties = {
      file: 'parties.csv',
      text: 'id,name,kind\nnorth,Northland,party-to-conflict\nsouth,Southland,bad-kind\n',
    };
    const found = problems(ROWS, { parties });
    expect(found).toEqual([
      expect.objectContaining({ file: 'parties.csv', row: 3, column: 'kind' }),
      expect.objectContaining({
        file: 'positions.csv',
        row: 4,
        column: 'party',
        message: expect.stringMatching(/'Україна' is not a party in parties.csv/),
      }),
    ]);
  });

  it('names a numbered id for a name with no Latin form, keeping the name', () => {
    const result = importDataset(input([ROWS[2]!.replace('Україна', 'مصر')]));
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.dataset.parties).toEqual([
      expect.objectContaining({ id: 'party-1', name: 'مصر' }),
    ]);
  });

  it('reads source details from sources.csv and names a listed source with no text', () => {
    const sourceDetails = {
      file: 'sources.csv',
      text: 'id,title,kind,authors\nmemo,Talks memo,official-statement,A. Writer; B. Writer\nlost,Lost,analysis,\n',
    };
    const found = problems(ROWS, { sourceDetails });
    expect(found).toEqual([
      expect.objectContaining({
        file: 'sources.csv',
        row: 3,
        column: 'id',
        message: expect.stringMatching(/no lost.txt/),
      }),
    ]);
    const result = importDataset(
      input(ROWS, {
        sourceDetails: {
          ...sourceDetails,
          text: sourceDetails.text.split('\n').slice(0, 2).join('\n'),
        },
      }),
    );
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.dataset.sources).toEqual([
      {
        id: 'memo',
        file: 'memo.txt',
        title: 'Talks memo',
        kind: 'official-statement',
        authors: ['A. Writer', 'B. Writer'],
      },
    ]);
  });

  it('still checks the quotes of other rows when one row has a bad cell', () => {
    const found = problems([
      ROWS[0]!.replace(',90,', ',high,'),
      ROWS[1]!.replace('could accept three', 'could accept two'),
    ]);
    expect(found.map((p) => `${p.row} ${p.column}`)).toEqual(['2 value', '3 quote']);
  });

  it('reads whose aim each scale end is from issues.csv, by party name or id', () => {
    const issues = {
      file: 'issues.csv',
      text: [
        'title,scale_zero,scale_hundred,zero_towards,hundred_towards',
        'Tariffs,All tariffs stay,All tariffs go,Southland,northland',
      ].join('\n'),
    };
    const result = importDataset(input(ROWS, { issues }));
    if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
    expect(result.dataset.issues[0]?.scale).toEqual({
      zero: 'All tariffs stay',
      hundred: 'All tariffs go',
      zeroTowards: 'southland',
      hundredTowards: 'northland',
    });
  });

  it('names the row and column of a scale end owned by an unknown party, or by both ends', () => {
    const issues = (towards: string) => ({
      file: 'issues.csv',
      text: [
        'title,scale_zero,scale_hundred,zero_towards,hundred_towards',
        `Tariffs,All tariffs stay,All tariffs go,${towards}`,
      ].join('\n'),
    });
    const unknown = problems(ROWS, { issues: issues('Westland,northland') });
    expect(unknown.map((p) => `${p.file} ${p.row} ${p.column}`)).toEqual([
      'issues.csv 2 zero_towards',
    ]);
    expect(unknown[0]?.message).toMatch(/westland|Westland/);
    const same = problems(ROWS, { issues: issues('northland,northland') });
    expect(same.map((p) => `${p.row} ${p.column}`)).toEqual(['2 hundred_towards']);
  });
});
