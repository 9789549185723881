import { columnKey, parseCsv } from './parse';
import type { ImportProblem } from './problems';

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
}

/** A CSV file read against its spec; problems name the file, row and column. */
export function readTable(
  text: string,
  spec: TableSpec,
): { rows: TableRow[]; problems: ImportProblem[]; warnings: string[] } {
  const { table, errors } = parseCsv(text);
  const problems: ImportProblem[] = errors.map((e) => ({
    file: spec.file,
    row: e.row,
    message: e.message,
  }));
  const warnings: string[] = [];
  const known = new Set([...spec.required, ...(spec.optional ?? [])]);
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = columnKey(name);
    const column = spec.aliases?.[key] ?? key;
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
  const rows = table.records.map(({ row, fields }) => ({
    row,
    get: (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : (fields[i] ?? '').trim();
    },
  }));
  return { rows, problems, warnings };
}
