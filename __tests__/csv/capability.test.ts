import { readParties } from '@/lib/csv/entities';
import { partiesToCsv } from '@/lib/csv/tables';

describe('parties.csv capability and capability_note', () => {
  it('reads a capability from 0 to 100 with its note', () => {
    const { catalogue, problems } = readParties(
      'name,capability,capability_note\nNorthland,62.5,Invented estimate\nSouthland,,\n',
      'parties.csv',
    );
    expect(problems).toEqual([]);
    expect(catalogue.items.map((p) => [p.id, p.capability, p.capabilityNote])).toEqual([
      ['northland', 62.5, 'Invented estimate'],
      ['southland', undefined, undefined],
    ]);
  });

  it('refuses a capability that is not a number from 0 to 100, naming row and column', () => {
    const { problems } = readParties('name,capability\nNorthland,120\nSouthland,high\n', 'p.csv');
    expect(problems).toEqual([
      {
        file: 'p.csv',
        row: 2,
        column: 'capability',
        message: "'120' is not a number from 0 to 100",
      },
      {
        file: 'p.csv',
        row: 3,
        column: 'capability',
        message: "'high' is not a number from 0 to 100",
      },
    ]);
  });

  it('warns, naming the row, of a note without a capability and of a capability without a note', () => {
    const { catalogue, problems, warnings } = readParties(
      'name,kind,capability,capability_note\nNorthland,bloc,,Strong navy\nSouthland,bloc,40,\nEastland,bloc,30,Invented\n',
      'parties.csv',
    );
    expect(problems).toEqual([]);
    expect(catalogue.items[0]?.capabilityNote).toBe('Strong navy');
    expect(warnings).toEqual([
      expect.stringMatching(
        /^parties\.csv row 2: capability_note is filled but capability is empty.*Northland/,
      ),
      expect.stringMatching(/^parties\.csv row 3: capability 40 has no capability_note.*Southland/),
    ]);
  });

  it('writes both columns on export', () => {
    const csv = partiesToCsv({
      parties: [
        {
          id: 'n',
          name: 'N',
          shortName: 'N',
          kind: 'other',
          capability: 40,
          capabilityNote: 'Why',
        },
      ],
    });
    expect(csv.split(/\r?\n/)[0]).toMatch(/,capability,capability_note$/);
    expect(csv).toContain(',40,Why');
  });
});
