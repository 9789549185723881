import { importDataset, type ImportInput } from '@/lib/csv/import';
import { positionsToCsv } from '@/lib/csv/positions';
import { formatImportProblem } from '@/lib/csv/problems';
import { hasValue, type Dataset } from '@/lib/model';

// A made-up lake talk, only for these tests.
const SOURCE = `Minutes of the fictional Lake Ardra talks.

Ardra's minister said on Monday that half of the water must flow south.
A leaked note says Ardra will let only a fifth of the water flow south.
Belon said nothing on the water.`;

const HEADER =
  'round,party,issue,status,value,confidence,label,summary,source,quote,attribution,speaker,said_on,date_inferred,reading';
const FIRST =
  'Round 1,Ardra,Water,stated,50,high,Half south,Half of the water flows south,minutes,half of the water must flow south,own-words';

function input(rows: string[]): ImportInput {
  return {
    id: 'ardra',
    title: 'Lake Ardra talks (test)',
    summary: 'Made up.',
    today: '2026-01-15',
    positions: { file: 'positions.csv', text: [HEADER, ...rows].join('\r\n') },
    sources: [{ id: 'minutes', file: 'minutes.txt', text: SOURCE }],
  };
}

function imported(rows: string[]) {
  const result = importDataset(input(rows));
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result;
}

function problems(rows: string[]): string[] {
  const result = importDataset(input(rows));
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(formatImportProblem);
}

const evidenceOf = (d: Dataset) => d.positions[0]?.evidence ?? [];

describe('positions.csv: a further row with another value', () => {
  it("becomes the reading of that row's quote, with a warning naming the row", () => {
    const result = imported([
      `${FIRST},,,,`,
      'Round 1,Ardra,Water,,20,,,,minutes,only a fifth of the water flow south,reported,,,,',
    ]);
    const position = result.dataset.positions[0];
    expect(hasValue(position) && position.value).toBe(50);
    expect(evidenceOf(result.dataset).map((e) => 'reading' in e && e.reading)).toEqual([false, 20]);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /positions\.csv: further rows .* another value.*row 3 \(its quote reads 20; the position is 50\)/,
      ),
    );
  });

  it('adds no reading and no warning when it repeats the value', () => {
    const result = imported([
      `${FIRST},,,,`,
      'Round 1,Ardra,Water,stated,50.0,,,,minutes,only a fifth of the water flow south,reported,,,,',
    ]);
    expect(evidenceOf(result.dataset)[1]).not.toHaveProperty('reading');
    expect(result.warnings.join('\n')).not.toMatch(/another value/);
  });

  it('is refused when the row has no quote to carry the reading', () => {
    expect(problems([`${FIRST},,,,`, 'Round 1,Ardra,Water,,20,,,,,,,,,,'])).toEqual([
      expect.stringMatching(
        /^positions\.csv, row 3, column value: '20' differs from row 2.*has no quote/,
      ),
    ]);
  });

  it('is refused when the same row gives another reading', () => {
    expect(
      problems([
        `${FIRST},,,,`,
        'Round 1,Ardra,Water,,20,,,,minutes,only a fifth of the water flow south,reported,,,,30',
      ]),
    ).toEqual([
      expect.stringMatching(
        /^positions\.csv, row 3, column reading: '30' differs from this row's value '20'/,
      ),
    ]);
  });
});

describe('positions.csv: the reading column', () => {
  it("gives a quote's reading on any row, the first included, without a warning", () => {
    const result = imported([
      `${FIRST},,,,45`,
      'Round 1,Ardra,Water,,,,,,minutes,only a fifth of the water flow south,reported,,,,20',
    ]);
    expect(evidenceOf(result.dataset).map((e) => 'reading' in e && e.reading)).toEqual([45, 20]);
    expect(result.warnings.join('\n')).not.toMatch(/another value/);
  });

  it('is refused on a none row, and outside 0 to 100', () => {
    expect(
      problems([
        `${FIRST},,,,120`,
        'Round 1,Belon,Water,none,,,,,minutes,Belon said nothing on the water.,reported,,,,40',
      ]),
    ).toEqual([
      "positions.csv, row 2, column reading: '120' is not a number from 0 to 100",
      'positions.csv, row 3, column reading: must be empty: a none position has no value for its quotes to read differently',
    ]);
  });
});

describe('positions.csv: speaker, said_on and date_inferred', () => {
  it("read into the quote's speaker, date and dateInferred", () => {
    const result = imported([`${FIRST},"Dara Voss, Ardra's minister",2026-01-12,yes,`]);
    expect(evidenceOf(result.dataset)[0]).toEqual({
      source: 'minutes',
      quote: 'half of the water must flow south',
      attribution: 'own-words',
      speaker: "Dara Voss, Ardra's minister",
      date: '2026-01-12',
      dateInferred: true,
    });
    expect(evidenceOf(imported([`${FIRST},,2026-01,no,`]).dataset)[0]).toMatchObject({
      date: '2026-01',
      dateInferred: false,
    });
  });

  it('refuses a date in another form, a yes/no cell that is neither, and an inferred date that is missing', () => {
    expect(problems([`${FIRST},,12/01/2026,maybe,`])).toEqual([
      "positions.csv, row 2, column said_on: '12/01/2026' is not a date written as YYYY, YYYY-MM or YYYY-MM-DD",
      "positions.csv, row 2, column date_inferred: 'maybe' is not yes or no",
    ]);
    expect(problems([`${FIRST},,,yes,`])).toEqual([
      'positions.csv, row 2, column date_inferred: is set, so the quote needs a date (when the words were said)',
    ]);
  });
});

describe('positionsToCsv with speakers, dates and readings', () => {
  it('writes them in their columns, and they import back exactly', () => {
    const first = imported([
      `${FIRST},"Dara Voss, Ardra's minister",2026-01-12,yes,`,
      'Round 1,Ardra,Water,,20,,,,minutes,only a fifth of the water flow south,reported,,2026,no,',
    ]).dataset;
    const csv = positionsToCsv(first);
    expect(csv).toContain(`"Dara Voss, Ardra's minister",2026-01-12,yes,,`);
    expect(csv).toContain(',2026,no,20,');
    const again = importDataset({
      ...input([]),
      positions: { file: 'positions.csv', text: csv },
      rounds: undefined,
    });
    if (!again.ok) throw new Error(again.problems.map(formatImportProblem).join('\n'));
    expect(again.dataset.positions).toStrictEqual(first.positions);
    expect(again.warnings.join('\n')).not.toMatch(/another value/);
  });
});
