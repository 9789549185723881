import { POSITION_COLUMNS, positionsToCsv } from '@/lib/csv/positions';
import { parseCsvRecords } from '@/lib/csv/parse';
import type { Dataset, Position } from '@/lib/model';

/** Reads the export back with the importer's RFC 4180 reader, failing on any syntax error. */
function parseCsv(text: string): string[][] {
  const { records, errors } = parseCsvRecords(text);
  expect(errors).toEqual([]);
  return records;
}

/** A record as column → field. */
function named(record: string[] | undefined): Record<string, string | undefined> {
  return Object.fromEntries(POSITION_COLUMNS.map((c, i) => [c, record?.[i]]));
}

const tricky: Position = {
  party: 'ukraine',
  issue: 'prisoners',
  round: 'r1',
  status: 'stated',
  label: 'All for all, "1,000 for 1,000"',
  summary: 'First line,\nsecond line with “curly” quotes',
  value: 95,
  acceptable: { min: 80, max: 100 },
  salience: 5,
  confidence: 'high',
  codingNote: 'Обмін полоненими — всіх на всіх',
  conditions: [
    { text: 'Both sides' },
    { text: 'Children first, then "the rest"', issue: 'children' },
  ],
  evidence: [
    { source: 'pism', quote: 'an "all for all" exchange', attribution: 'reported' },
    { source: 'kyiv', quote: 'обмін усіх на всіх, 1000 на 1000', attribution: 'own-words' },
  ],
};
const silentPosition: Position = {
  party: 'russia',
  issue: 'prisoners',
  round: 'r2',
  status: 'none',
  codingNote: 'لا يوجد موقف معلن',
};

const fixture = {
  positions: [tricky, silentPosition],
} as unknown as Dataset;

describe('positionsToCsv', () => {
  it('writes the header and parses back field for field (commas, quotes, newlines, non-Latin)', () => {
    const rows = parseCsv(positionsToCsv(fixture));
    expect(rows[0]).toEqual([...POSITION_COLUMNS]);
    expect(named(rows[1])).toEqual({
      round: 'r1',
      party: 'ukraine',
      issue: 'prisoners',
      status: 'stated',
      value: '95',
      acceptable_min: '80',
      acceptable_max: '100',
      salience: '5',
      confidence: 'high',
      label: 'All for all, "1,000 for 1,000"',
      summary: 'First line,\nsecond line with “curly” quotes',
      coding_note: 'Обмін полоненими — всіх на всіх',
      source: 'pism',
      quote: 'an "all for all" exchange',
      attribution: 'reported',
      locator: '',
      speaker: '',
      said_on: '',
      date_inferred: '',
      reading: '',
      conditions: 'Both sides\n[children] Children first, then "the rest"',
      checked: '',
    });
  });

  it('puts each further quote of one position on its own row with the same keys', () => {
    const rows = parseCsv(positionsToCsv(fixture));
    expect(rows).toHaveLength(4);
    expect(rows[2]!.slice(0, 4)).toEqual(['r1', 'ukraine', 'prisoners', 'stated']);
    expect(named(rows[2])).toMatchObject({
      source: 'kyiv',
      quote: 'обмін усіх на всіх, 1000 на 1000',
      attribution: 'own-words',
    });
  });

  it('leaves value columns empty for no stated position, never 0', () => {
    const rows = parseCsv(positionsToCsv(fixture));
    const silentRow = rows[3]!;
    expect(silentRow.slice(0, 4)).toEqual(['r2', 'russia', 'prisoners', 'none']);
    expect(named(silentRow)).toMatchObject({
      value: '',
      confidence: '',
      coding_note: 'لا يوجد موقف معلن',
      quote: '',
    });
  });

  it('filters by party, issue and round', () => {
    expect(parseCsv(positionsToCsv(fixture, { parties: ['russia'] }))).toHaveLength(2);
    expect(parseCsv(positionsToCsv(fixture, { rounds: ['r1'] }))).toHaveLength(3);
    expect(parseCsv(positionsToCsv(fixture, { issues: ['nato'] }))).toHaveLength(1);
  });

  it('keeps exactly the given cells, in their order', () => {
    const rows = parseCsv(
      positionsToCsv(fixture, {
        cells: [
          { party: 'russia', issue: 'prisoners', round: 'r2' },
          { party: 'ukraine', issue: 'prisoners', round: 'r1' },
          { party: 'ukraine', issue: 'prisoners', round: 'r2' },
        ],
      }),
    );
    expect(rows.slice(1).map((r) => `${r[1]}/${r[0]}`)).toEqual([
      'russia/r2',
      'ukraine/r1',
      'ukraine/r1',
    ]);
  });

  it('ends every line with CRLF and writes only the header for no positions', () => {
    const text = positionsToCsv({ positions: [] } as unknown as Dataset);
    expect(text).toBe(`${POSITION_COLUMNS.join(',')}\r\n`);
  });
});
