import type { Coverage } from '@/lib/analysis';
import { toCsv } from '@/lib/csv/write';
import type { Dataset } from '@/lib/model';
import { coverageCellText } from '@/lib/wording/status';

/**
 * The coverage table as CSV: one row per party × round, a column per issue (by id) holding the
 * cell's state in words ("stated", "carried from Round 1", "not at the table"). Text that a
 * spreadsheet would run as a formula is neutralised by the writer.
 */
export function coverageCsv(dataset: Pick<Dataset, 'parties'>, coverage: Coverage): string {
  const names = new Map(dataset.parties.map((party) => [party.id, party.name]));
  return toCsv(
    ['round', 'round_date', 'party', 'party_name', ...coverage.issues],
    coverage.rows.map((row) => [
      row.round.id,
      row.round.date,
      row.party,
      names.get(row.party),
      ...row.cells.map(coverageCellText),
    ]),
  );
}

/**
 * The coverage CSV's file name: `<dataset>-coverage.csv`, `<dataset>-coverage-approved-only.csv`
 * for a `?reviewed=only` view (as the matrix CSV's name says it).
 */
export function coverageCsvFilename(
  dataset: Pick<Dataset, 'id'>,
  options: { approvedOnly?: boolean } = {},
): string {
  return `${dataset.id}-coverage${options.approvedOnly ? '-approved-only' : ''}.csv`;
}
