import { parseCsvRecords } from './parse';

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's list): a text cell
 * starting with one of them, after any apostrophes, is written with one more apostrophe.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: one `'` put before a cell that starts with
 * `=`, `+`, `-`, `@`, tab or carriage return (or with apostrophes and then one of those), so it
 * shows as text and never runs. `restoreCell` takes it off again, so round trips are exact.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as read back: the apostrophe `neutraliseCell` added is removed; anything else is kept. */
export function restoreCell(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * One field per RFC 4180: in double quotes when it holds a comma, quote, CR or LF, and always
 * when neutralised. Numbers are written as they are (a negative number stays a number); text
 * that a spreadsheet would run as a formula is neutralised.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseCell(value);
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Writes rows as RFC 4180 CSV: CRLF line ends, a header row first. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A parsed field written back as it was: quoted when it holds a comma, quote or line end, or was neutralised. */
function rewriteField(field: string): string {
  return /[",\r\n]/.test(field) || field.startsWith("'") ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * A CSV with one more column, `name`, last: `valueOf` gives each data row's cell from that row's
 * fields by header name. Every other field is written back exactly (a byte-order mark is kept).
 */
export function appendCsvColumn(
  body: string,
  name: string,
  valueOf: (row: (column: string) => string) => string,
): string {
  const bom = body.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const { records } = parseCsvRecords(body);
  const header = records[0] ?? [];
  const lines = records.map((fields, i) => {
    const cell = i === 0 ? name : valueOf((column) => fields[header.indexOf(column)] ?? '');
    return `${fields.map(rewriteField).join(',')},${csvField(cell)}`;
  });
  return `${bom}${lines.join('\r\n')}\r\n`;
}
