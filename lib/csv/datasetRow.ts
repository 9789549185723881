import type { CsvFile } from './import';
import type { ImportProblem } from './problems';
import { readTable } from './table';

/** Columns of dataset.csv: one row holding the dataset's own fields. */
export const DATASET_COLUMNS = ['title', 'summary', 'as_of'] as const;

/** The dataset's own fields as read from dataset.csv; empty cells are left out. */
export interface DatasetRow {
  title?: string;
  summary?: string;
  asOf?: string;
}

/** Reads dataset.csv: a header and one row of title, summary and as_of (each may be empty). */
export function readDatasetRow(csv: CsvFile): {
  row: DatasetRow;
  problems: ImportProblem[];
  warnings: string[];
} {
  const read = readTable(csv.text, {
    file: csv.file,
    required: [],
    optional: DATASET_COLUMNS,
    aliases: { name: 'title', asof: 'as_of', date: 'as_of', description: 'summary' },
  });
  const problems = [...read.problems];
  const [first, ...more] = read.rows;
  for (const extra of more)
    problems.push({
      file: csv.file,
      row: extra.row,
      message: 'dataset.csv holds one row (the dataset itself); this one is extra',
    });
  const row: DatasetRow = {};
  if (first?.get('title')) row.title = first.get('title');
  if (first?.get('summary')) row.summary = first.get('summary');
  if (first?.get('as_of')) row.asOf = first.get('as_of');
  return { row, problems, warnings: read.warnings };
}
