import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  checkDataset,
  isSlug,
  RESERVED_DATASET_IDS,
  type Dataset,
  type DatasetProblem,
} from '@/lib/model';
import { parseJson } from './json';
import { MAX_FILE_BYTES } from './limits';

/** A dataset folder as the app sees it: valid with its data, or invalid with every problem. */
export interface DatasetEntry {
  id: string;
  /** Folder holding dataset.json and sources/. */
  dir: string;
  /** Short content hash of dataset.json and its sources: the dataset's version. */
  version: string;
  dataset?: Dataset;
  problems: DatasetProblem[];
  /** Source texts by file name, as read from sources/. */
  sourceTexts: ReadonlyMap<string, string>;
}

/** A valid entry: the dataset is present. */
export type ValidDatasetEntry = DatasetEntry & { dataset: Dataset };

/** Where datasets live: `DATA_DIR` when set (tests, benchmarks), else `./data`. */
export function dataRoot(): string {
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), 'data'),
  );
}

interface CacheItem {
  stamp: string;
  entry: DatasetEntry;
}
const cache = new Map<string, CacheItem>();

function sourceFiles(dir: string): string[] {
  const sourcesDir = path.join(dir, 'sources');
  try {
    return fs
      .readdirSync(sourcesDir, { withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
}

/** A fingerprint of the folder's files (size and modification time), so edits show on the next request. */
function folderStamp(dir: string): string | undefined {
  const parts: string[] = [];
  for (const file of ['dataset.json', ...sourceFiles(dir).map((f) => path.join('sources', f))]) {
    try {
      const stat = fs.statSync(path.join(dir, file));
      parts.push(`${file}:${stat.size}:${stat.mtimeMs}`);
    } catch {
      if (file === 'dataset.json') return undefined;
    }
  }
  return parts.join('|');
}

function readLimited(file: string): { text?: string; problem?: string } {
  const size = fs.statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      problem: `is ${mb} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for a dataset file`,
    };
  }
  return { text: fs.readFileSync(file, 'utf8') };
}

/** Reads and checks the dataset in `dir` (no cache). The folder name is the expected id. */
export function readDatasetFolder(dir: string): DatasetEntry {
  const id = path.basename(dir);
  const hash = createHash('sha256');
  const problems: DatasetProblem[] = [];
  const texts = new Map<string, string>();
  const jsonFile = path.join(dir, 'dataset.json');

  let json: unknown;
  const read = fs.existsSync(jsonFile)
    ? readLimited(jsonFile)
    : { problem: 'is missing from the folder' };
  if (read.problem !== undefined)
    problems.push({ path: '', message: `dataset.json ${read.problem}` });
  else if (read.text !== undefined) {
    hash.update(read.text);
    const parsed = parseJson(read.text);
    if (parsed.ok) json = parsed.value;
    else problems.push({ ...parsed.problem, message: `dataset.json ${parsed.problem.message}` });
  }

  for (const file of sourceFiles(dir)) {
    const source = readLimited(path.join(dir, 'sources', file));
    if (source.problem !== undefined)
      problems.push({ path: `sources/${file}`, message: `file ${source.problem}` });
    else if (source.text !== undefined) {
      hash.update(`\u0000${file}\u0000${source.text}`);
      texts.set(file, source.text);
    }
  }
  const version = hash.digest('hex').slice(0, 8);

  if (problems.length) return { id, dir, version, problems, sourceTexts: texts };
  const check = checkDataset(json, texts);
  if (!check.ok) return { id, dir, version, problems: check.problems, sourceTexts: texts };
  if (check.dataset.id !== id) {
    return {
      id,
      dir,
      version,
      problems: [
        {
          path: 'id',
          message: `must match the folder name "${id}"`,
          value: JSON.stringify(check.dataset.id),
        },
      ],
      sourceTexts: texts,
    };
  }
  return { id, dir, version, dataset: check.dataset, problems: [], sourceTexts: texts };
}

/** Reads a dataset folder through the cache, keyed by the files' modification times. */
export function loadDatasetFolder(dir: string): DatasetEntry | undefined {
  const stamp = folderStamp(dir);
  if (stamp === undefined) {
    cache.delete(dir);
    return undefined;
  }
  const hit = cache.get(dir);
  if (hit && hit.stamp === stamp) return hit.entry;
  let entry: DatasetEntry;
  try {
    entry = readDatasetFolder(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    entry = {
      id: path.basename(dir),
      dir,
      version: '',
      problems: [{ path: '', message: `could not be read: ${reason}` }],
      sourceTexts: new Map(),
    };
  }
  cache.set(dir, { stamp, entry });
  return entry;
}

/** Every folder under the data root that holds a dataset.json, valid or not, sorted by id. */
export function listDatasets(): DatasetEntry[] {
  const root = dataRoot();
  let names: string[];
  try {
    names = fs
      .readdirSync(root, { withFileTypes: true })
      // Hidden folders are work in progress (the importer's temporary folders), never datasets.
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
  } catch {
    return [];
  }
  return names
    .filter((name) => fs.existsSync(path.join(root, name, 'dataset.json')))
    .map((name) => loadDatasetFolder(path.join(root, name)))
    .filter((entry): entry is DatasetEntry => entry !== undefined)
    .map((entry) => (isValidFolderName(entry.id) ? entry : withFolderNameProblem(entry)));
}

function isValidFolderName(name: string): boolean {
  return isSlug(name) && !(RESERVED_DATASET_IDS as readonly string[]).includes(name);
}

function withFolderNameProblem(entry: DatasetEntry): DatasetEntry {
  const problem = {
    path: '',
    message: `the folder name "${entry.id}" is not a usable dataset id (lowercase a-z, digits, hyphens; not a reserved word)`,
  };
  return { ...entry, dataset: undefined, problems: [problem, ...entry.problems] };
}

/**
 * The dataset with this id, or undefined when the id is not a slug or has no folder. Only
 * slugs reach the file system, so `..`, slashes and overlong ids never leave the data root.
 */
export function getDataset(id: string): DatasetEntry | undefined {
  if (!isValidFolderName(id)) return undefined;
  return loadDatasetFolder(path.join(dataRoot(), id));
}

/** The valid dataset with this id, or undefined (unknown, or has errors). */
export function getValidDataset(id: string): ValidDatasetEntry | undefined {
  const entry = getDataset(id);
  return entry?.dataset ? (entry as ValidDatasetEntry) : undefined;
}
