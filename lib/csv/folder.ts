import type { Dataset } from '@/lib/model';
import { clausesToCsv } from './clauses';
import type { CsvFile, ImportInput, ImportSource } from './import';
import { positionsToCsv } from './positions';
import { datasetToCsv, delegationsToCsv, eventsToCsv, outcomesToCsv } from './recordsCsv';
import { issuesToCsv, partiesToCsv, roundsToCsv, sourcesToCsv } from './tables';

/** The CSV files of an export folder, in the order they are written and listed. */
export const FOLDER_FILES = [
  'dataset.csv',
  'sources.csv',
  'parties.csv',
  'issues.csv',
  'rounds.csv',
  'positions.csv',
  'events.csv',
  'outcomes.csv',
  'delegations.csv',
  'clauses.csv',
] as const;

/** One of the CSV files of an export folder. */
export type FolderFile = (typeof FOLDER_FILES)[number];

/**
 * Everything a dataset holds as CSV text by file name (the source texts go beside them in
 * sources/): `npm run import -- <folder>` reads them back into the same dataset.
 */
export function datasetToCsvFiles(dataset: Dataset): Map<FolderFile, string> {
  return new Map<FolderFile, string>([
    ['dataset.csv', datasetToCsv(dataset)],
    ['sources.csv', sourcesToCsv(dataset)],
    ['parties.csv', partiesToCsv(dataset)],
    ['issues.csv', issuesToCsv(dataset)],
    ['rounds.csv', roundsToCsv(dataset)],
    ['positions.csv', positionsToCsv(dataset)],
    ['events.csv', eventsToCsv(dataset)],
    ['outcomes.csv', outcomesToCsv(dataset)],
    ['delegations.csv', delegationsToCsv(dataset)],
    ['clauses.csv', clausesToCsv(dataset)],
  ]);
}

/** The importer's input from a folder's CSV files (by file name) and source texts. */
export function inputFromFolder(
  files: ReadonlyMap<string, string>,
  sources: readonly ImportSource[],
  options: Pick<ImportInput, 'id' | 'today' | 'title' | 'summary' | 'asOf' | 'base'>,
): ImportInput {
  const csv = (name: FolderFile): CsvFile | undefined => {
    const text = files.get(name);
    return text === undefined ? undefined : { file: name, text };
  };
  return {
    ...options,
    datasetRow: csv('dataset.csv'),
    sourceDetails: csv('sources.csv'),
    parties: csv('parties.csv'),
    issues: csv('issues.csv'),
    rounds: csv('rounds.csv'),
    positions: csv('positions.csv'),
    events: csv('events.csv'),
    outcomes: csv('outcomes.csv'),
    delegations: csv('delegations.csv'),
    clauses: csv('clauses.csv'),
    sources,
  };
}
