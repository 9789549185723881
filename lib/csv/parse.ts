/** A CSV file read into records: the header names and each record's fields. */
export interface CsvTable {
  /** Header names as written (trimmed, byte order mark removed). */
  header: string[];
  /** Data records; `row` is the spreadsheet row number (the header is row 1). */
  records: { row: number; fields: string[] }[];
}

/** A CSV that cannot be read: where it breaks and why. */
export interface CsvSyntaxError {
  row: number;
  message: string;
}

/**
 * Splits RFC 4180 text into records of fields: fields in double quotes may hold commas, CR/LF
 * and doubled quotes; lines end in CRLF or LF; a leading byte order mark is dropped; a final
 * line end is optional. Row numbers count records, as a spreadsheet does, not physical lines.
 */
export function parseCsvRecords(text: string): { records: string[][]; errors: CsvSyntaxError[] } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  const errors: CsvSyntaxError[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < input.length) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        // Text between a closing quote and the next separator is kept, as spreadsheets do.
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) {
    errors.push({
      row: records.length + 1,
      message: 'a quoted field is never closed (a double quote is missing)',
    });
  }
  if (field !== '' || fieldStarted || record.length > 0) endRecord();
  return { records, errors };
}

/** Reads CSV text with a header row; blank records (every field empty) are skipped. */
export function parseCsv(text: string): { table: CsvTable; errors: CsvSyntaxError[] } {
  const { records, errors } = parseCsvRecords(text);
  const [head, ...rest] = records;
  const header = (head ?? []).map((name) => name.trim());
  const rows = rest
    .map((fields, i) => ({ row: i + 2, fields }))
    .filter((r) => r.fields.some((f) => f.trim() !== ''));
  return { table: { header, records: rows }, errors };
}

/** A header name as matched: case-insensitive, spaces and hyphens read as underscores. */
export function columnKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
