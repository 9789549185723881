import { importDataset, type ImportInput } from '@/lib/csv/import';
import { formatImportProblem } from '@/lib/csv/problems';

// Spreadsheets as analysts write them: a made-up talk, only for these tests.
const SOURCE = `Northland said it wants all tariffs removed within a year.
Southland said tariffs must stay for five years.`;
const HEADER =
  'round,party,issue,status,value,confidence,label,summary,coding_note,source,quote,checked';
const NORTH =
  'Round 1,Northland,Tariffs,Stated,90,high,Remove tariffs,Wants them gone,,memo,Northland said it wants all tariffs removed within a year.,';

function input(rows: string[], extra: Partial<ImportInput> = {}): ImportInput {
  return {
    id: 'talks',
    title: 'Talks (test)',
    summary: 'A made-up example.',
    today: '2026-01-15',
    positions: { file: 'positions.csv', text: [HEADER, ...rows].join('\n') },
    sources: [{ file: 'memo.txt', text: SOURCE }],
    ...extra,
  };
}

function imported(rows: string[], extra: Partial<ImportInput> = {}) {
  const result = importDataset(input(rows, extra));
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result;
}

function problems(rows: string[], extra: Partial<ImportInput> = {}): string[] {
  const result = importDataset(input(rows, extra));
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatImportProblem);
}

describe('importDataset with spreadsheet forms', () => {
  it('reads the status words the pages show, in any case', () => {
    const words = ['STATED', 'Inferred', 'No stated position', 'not stated', 'None'];
    const rows = words.map((word, i) =>
      word.match(/stated$|inferred/i) && !/not|no /i.test(word)
        ? NORTH.replace('Northland,', `Party ${i},`).replace('Stated', word)
        : `Round 1,Party ${i},Tariffs,${word},,,,,,,,`,
    );
    const statuses = imported(rows).dataset.positions.map((p) => p.status);
    expect(statuses).toEqual(['stated', 'inferred', 'none', 'none', 'none']);
  });

  it('refuses "Not coded" and says to leave the row out', () => {
    expect(problems(['Round 1,Northland,Tariffs,Not coded,,,,,,,,'])).toEqual([
      "positions.csv, row 2, column status: 'Not coded' is what the pages show for a cell with no row: leave this row out (or write none if you checked and the source is silent)",
    ]);
  });

  it('leaves empty optional cells out: no coding note, no label on a silent row', () => {
    const d = imported([NORTH, 'Round 1,Southland,Tariffs,none,,,,,,,,']).dataset;
    expect(d.positions[0]).not.toHaveProperty('codingNote');
    expect(d.positions[1]).toEqual({
      party: 'southland',
      issue: 'tariffs',
      round: 'round-1',
      status: 'none',
    });
  });

  it('records the sources checked on a silent row, and how sure the coder is', () => {
    const d = imported(['Round 1,Southland,Tariffs,none,,low,,,,,,memo']).dataset;
    expect(d.positions[0]).toMatchObject({ status: 'none', checked: ['memo'], confidence: 'low' });
  });

  it('refuses a checked source that does not exist, naming the row', () => {
    expect(problems(['Round 1,Southland,Tariffs,none,,,,,,,,minutes'])).toEqual([
      'positions.csv, row 2, column checked: names a source "minutes", which is not defined in this dataset (found "minutes")',
    ]);
  });

  it('slugifies ids in every file the same way, with one warning, and finds references by either form', () => {
    const result = imported([NORTH.replace('Tariffs', 'army_size_cap')], {
      issues: {
        file: 'issues.csv',
        text: 'id,title,scale_zero,scale_hundred\narmy_size_cap,Army size cap,No cap,Tight cap\n',
      },
      parties: { file: 'parties.csv', text: 'id,name\nNorth_Land,Northland\n' },
    });
    expect(result.dataset.issues[0]?.id).toBe('army-size-cap');
    expect(result.dataset.parties[0]?.id).toBe('north-land');
    expect(result.dataset.positions[0]).toMatchObject({
      issue: 'army-size-cap',
      party: 'north-land',
    });
    expect(result.warnings.filter((w) => w.startsWith('ids made into slugs'))).toEqual([
      'ids made into slugs (lowercase a-z, digits, single hyphens), here and wherever another file names them: "North_Land" → north-land, "army_size_cap" → army-size-cap',
    ]);
  });

  it('shows the nearest passage of the source when a quote is not verbatim', () => {
    const typo = NORTH.replace('removed within a year', 'removed within one year');
    expect(problems([typo])).toEqual([
      'positions.csv, row 2, column quote: is not found verbatim in source "memo"; the nearest passage there reads: "Northland said it wants all tariffs removed within a year"',
    ]);
  });

  it('keeps formula-like text as text with a warning, and strips the apostrophe an export added', () => {
    const result = imported([
      NORTH.replace('Remove tariffs', '=HYPERLINK("x")').replace(
        'Wants them gone',
        "'-Wants them gone",
      ),
    ]);
    const position = result.dataset.positions[0]!;
    expect(position.label).toBe('=HYPERLINK("x")');
    expect(position.summary).toBe('-Wants them gone');
    expect(result.warnings).toContain(
      "positions.csv: 1 cell starts with =, +, - or @ (row 2 label); kept as text, never run as a formula: every CSV this app writes puts ' before such a cell, and the import takes it off again",
    );
  });
});
