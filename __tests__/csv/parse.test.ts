import { columnKey, parseCsv, parseCsvRecords } from '@/lib/csv/parse';

describe('parseCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const { records, errors } = parseCsvRecords('a,b\r\n"x, ""y""\nz",2\r\n');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
    ]);
  });

  it('drops a byte order mark and reads LF, CRLF and a missing final line end', () => {
    expect(parseCsvRecords('\uFEFFa,b\n1,2\r\n3,4').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsvRecords('a,,c,\n').records).toEqual([['a', '', 'c', '']]);
  });

  it('reports a quote that is never closed', () => {
    expect(parseCsvRecords('a\n"open').errors).toEqual([
      { row: 2, message: expect.stringMatching(/never closed/) },
    ]);
  });
});

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet does, counting records rather than lines', () => {
    const { table } = parseCsv('h1,h2\n"two\nlines",x\n\nlast,y\n');
    expect(table.header).toEqual(['h1', 'h2']);
    expect(table.records.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('columnKey', () => {
  it('ignores case, spaces and hyphens', () => {
    expect(columnKey(' Acceptable Min ')).toBe('acceptable_min');
    expect(columnKey('CODING-NOTE')).toBe('coding_note');
  });
});
