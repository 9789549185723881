// Reading the files an import is given: an export folder, or single CSV files and a sources folder.
import fs from 'node:fs';
import path from 'node:path';
import { FOLDER_FILES, inputFromFolder } from '@/lib/csv/folder';
import type { CsvFile, ImportInput, ImportSource } from '@/lib/csv/import';
import { argPath, fail, readText } from './cli';

/** The options that name files, as parsed from the command line. */
export interface FileOptions {
  parties?: string;
  issues?: string;
  rounds?: string;
  sources?: string;
  'sources-dir'?: string;
  dataset?: string;
  events?: string;
  outcomes?: string;
  delegations?: string;
  clauses?: string;
}

/** Every .txt and .md file of a sources folder, by file name. */
export function readSourceTexts(dir: string | undefined): ImportSource[] {
  if (!dir) return [];
  let names: string[];
  try {
    names = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isFile() && /\.(txt|md)$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch {
    fail(`cannot read the sources folder ${dir}`);
  }
  return names.map((file) => ({ file, text: readText(path.join(dir, file)) }));
}

/** The importer's input from a folder or from the files named (id and today left empty). */
export function importFiles(positional: string | undefined, options: FileOptions): ImportInput {
  const where = positional ? argPath(positional) : undefined;
  if (where && fs.statSync(where, { throwIfNoEntry: false })?.isDirectory()) {
    const files = new Map<string, string>();
    for (const name of FOLDER_FILES) {
      const file = path.join(where, name);
      if (fs.existsSync(file)) files.set(name, readText(file));
    }
    if (files.size === 0)
      fail(`${where} holds none of ${FOLDER_FILES.join(', ')}: nothing to import`);
    const sourcesDir = options['sources-dir']
      ? argPath(options['sources-dir'])
      : path.join(where, 'sources');
    const sources = fs.existsSync(sourcesDir) ? readSourceTexts(sourcesDir) : [];
    return inputFromFolder(files, sources, { id: '', today: '' });
  }
  const csv = (file: string | undefined): CsvFile | undefined =>
    file ? { file: path.basename(file), text: readText(argPath(file)) } : undefined;
  return {
    id: '',
    today: '',
    positions: csv(positional),
    parties: csv(options.parties),
    issues: csv(options.issues),
    rounds: csv(options.rounds),
    sourceDetails: csv(options.sources),
    datasetRow: csv(options.dataset),
    events: csv(options.events),
    outcomes: csv(options.outcomes),
    delegations: csv(options.delegations),
    clauses: csv(options.clauses),
    sources: readSourceTexts(options['sources-dir'] && argPath(options['sources-dir'])),
  };
}
