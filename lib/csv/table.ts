import { columnKey, parseCsv } from './parse';
import type { ImportProblem } from './problems';
import { restoreCell } from './write';

/** A cell a spreadsheet would run as a formula (numbers such as "+5" or "-3" are not). */
const FORMULA = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-](?:\d+(?:\.\d*)?|\.\d+)$/;

/** One data row of a CSV file, with its cells by column name (trimmed; '' when absent). */
export interface TableRow {
  row: number;
  get(column: string): string;
}

/** How a file's columns are read: which must be there, which are known, and other names for them. */
export interface TableSpec {
  file: string;
  required: readonly string[];
  optional?: readonly string[];
  /** Other header names accepted for a column: alias → column. */
  aliases?: Readonly<Record<string, string>>;
  /**
   * Columns that mark a row as not coded data (an export of a flipped or what-if view): a row
   * with one filled is refused with the message, naming the row and column (in `refused`).
   */
  refusedWhenFilled?: Readonly<Record<string, string>>;
}

/** A CSV file read against its spec; problems name the file, row and column. */
export function readTable(
  text: string,
  spec: TableSpec,
): { rows: TableRow[]; problems: ImportProblem[]; refused: ImportProblem[]; warnings: string[] } {
  const { table, errors } = parseCsv(text);
  const problems: ImportProblem[] = errors.map((e) => ({
    file: spec.file,
    row: e.row,
    message: e.message,
  }));
  const warnings: string[] = [];
  // Rows refused for a `refusedWhenFilled` column: the rest of the file is still read.
  const refused: ImportProblem[] = [];
  const known = new Set([...spec.required, ...(spec.optional ?? [])]);
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = columnKey(name);
    const column = spec.aliases?.[key] ?? key;
    const refusal = spec.refusedWhenFilled?.[column];
    if (refusal !== undefined) {
      for (const { row, fields } of table.records)
        if ((fields[i] ?? '').trim() !== '')
          refused.push({ file: spec.file, row, column: name, message: refusal });
      return;
    }
    if (!known.has(column)) {
      if (name !== '') warnings.push(`${spec.file}: column "${name}" is not used and was ignored`);
      return;
    }
    if (index.has(column)) {
      problems.push({
        file: spec.file,
        row: 1,
        column: name,
        message: 'appears twice in the header',
      });
      return;
    }
    index.set(column, i);
  });
  for (const column of spec.required) {
    if (!index.has(column)) {
      problems.push({
        file: spec.file,
        row: 1,
        column,
        message: `is missing from the header (needed: ${spec.required.join(', ')})`,
      });
    }
  }
  const formulas: string[] = [];
  const rows = table.records.map(({ row, fields }) => {
    const cells = new Map<string, string>();
    for (const [column, i] of index) {
      const text = (fields[i] ?? '').trim();
      if (FORMULA.test(text) && !SIGNED_NUMBER.test(text)) formulas.push(`row ${row} ${column}`);
      cells.set(column, restoreCell(text));
    }
    return { row, get: (column: string) => cells.get(column) ?? '' };
  });
  if (formulas.length) {
    const listed = formulas.slice(0, 5).join(', ') + (formulas.length > 5 ? ', ...' : '');
    warnings.push(
      `${spec.file}: ${formulas.length} ${formulas.length === 1 ? 'cell starts' : 'cells start'} with =, +, - or @ (${listed}); kept as text, never run as a formula: every CSV this app writes puts ' before such a cell, and the import takes it off again`,
    );
  }
  return { rows, problems, refused, warnings };
}
