import { csvField, neutraliseCell, restoreCell, toCsv } from '@/lib/csv/write';

describe('csvField', () => {
  it('leaves plain text and numbers bare and empties undefined', () => {
    expect(csvField('Ukraine')).toBe('Ukraine');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes commas, doubles quotes and keeps newlines inside quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the “1,000 for 1,000” "formula"')).toBe('"the “1,000 for 1,000” ""formula"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
  });

  it('keeps non-Latin text as it is', () => {
    expect(csvField('Україна')).toBe('Україна');
    expect(csvField('وقف إطلاق النار')).toBe('وقف إطلاق النار');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('neutraliseCell and restoreCell', () => {
  it('puts an apostrophe before text a spreadsheet would run, and takes it off again', () => {
    for (const text of ['=1+1', '+33 1', '-x', '@SUM(A1)', '\tx', '\rx', "'=x", "''-y"]) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
      expect(restoreCell(neutraliseCell(text))).toBe(text);
    }
    for (const text of ['plain', "'quoted", "it's", '']) {
      expect(neutraliseCell(text)).toBe(text);
      expect(restoreCell(text)).toBe(text);
    }
  });
});

describe('csvField with formulas', () => {
  it('quotes a neutralised cell and leaves negative numbers as numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('-5')).toBe('"\'-5"');
    expect(csvField(-5)).toBe('-5');
  });
});
