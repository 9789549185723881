import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { checkDataset, type DatasetProblem } from '@/lib/model';
import { problemEntry, type DatasetEntry } from '../entry';
import { parseJson } from '../json';
import { DEFAULT_LIMITS, limitWords, type StoreLimits } from '../limits';
import { checkPath, readTextFile } from './safeRead';

/** What a folder read leaves behind for the cache: the entry, its size and a fingerprint. */
export interface FolderRead {
  entry: DatasetEntry;
  /** Bytes of text held (dataset.json and the sources read). */
  bytes: number;
  /** The files read, relative to the folder, for the fingerprint. */
  files: string[];
}

/** Plain source file names (as the model allows) named by dataset.json, before it is validated. */
function namedSourceFiles(json: unknown): string[] {
  const sources = (json as { sources?: unknown })?.sources;
  if (!Array.isArray(sources)) return [];
  const names = sources
    .map((s) => (s as { file?: unknown })?.file)
    .filter(
      (f): f is string => typeof f === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/.test(f),
    );
  return [...new Set(names)].sort();
}

/**
 * A fingerprint of the folder (its real path) and of each file read: the entry itself and what
 * it points to (size, time, inode), so a file swapped for a link, or a link re-pointed, reads anew.
 */
export async function folderStamp(
  dir: string,
  files: readonly string[],
): Promise<string | undefined> {
  const parts: string[] = [];
  try {
    parts.push(await fsp.realpath(dir));
  } catch {
    return undefined;
  }
  const mark = (s: { size: number; mtimeMs: number; ino: number } | undefined) =>
    s ? `${s.size}:${s.mtimeMs}:${s.ino}` : '-';
  const sources = await fsp.lstat(path.join(dir, 'sources')).catch(() => undefined);
  parts.push(`sources:${mark(sources)}`);
  for (const file of files) {
    const at = path.join(dir, file);
    const [link, target] = await Promise.all([
      fsp.lstat(at).catch(() => undefined),
      fsp.stat(at).catch(() => undefined),
    ]);
    if (!link && file === 'dataset.json') return undefined;
    parts.push(`${file}:${mark(link)}:${mark(target)}`);
  }
  return parts.join('|');
}

/**
 * Reads and checks the dataset in `dir` (no cache); the folder name is the expected id. Only
 * dataset.json and the source files it names are read, each checked to be a regular file
 * inside `root` and within the limits. Undefined when the folder holds no dataset.json.
 */
export async function readDatasetFolder(
  dir: string,
  options: { root?: string; limits?: StoreLimits } = {},
): Promise<FolderRead | undefined> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const id = path.basename(dir);
  const realRoot = await fsp
    .realpath(/*turbopackIgnore: true*/ options.root ?? path.dirname(dir))
    .catch(() => undefined);
  if (!realRoot) return undefined;
  const fail = (problems: DatasetProblem[], bytes = 0): FolderRead => ({
    entry: problemEntry(id, dir, problems),
    bytes,
    files: ['dataset.json'],
  });

  const folder = await checkPath(realRoot, dir, 'folder');
  if (!folder.ok)
    return folder.missing
      ? undefined
      : fail([{ path: '', message: `the folder ${folder.message}` }]);
  const jsonFile = await checkPath(realRoot, path.join(dir, 'dataset.json'), 'file');
  if (!jsonFile.ok)
    return jsonFile.missing
      ? undefined
      : fail([{ path: '', message: `dataset.json ${jsonFile.message}` }]);
  const jsonRead = await readTextFile(jsonFile.real, limits.fileBytes, limits.readTimeoutMs);
  if (!jsonRead.ok) return fail([{ path: '', message: `dataset.json ${jsonRead.message}` }]);
  const parsed = parseJson(jsonRead.text);
  if (!parsed.ok)
    return fail(
      [{ ...parsed.problem, message: `dataset.json ${parsed.problem.message}` }],
      jsonRead.bytes,
    );

  const hash = createHash('sha256').update(jsonRead.text);
  const problems: DatasetProblem[] = [];
  const texts = new Map<string, string>();
  const names = namedSourceFiles(parsed.value);
  let bytes = jsonRead.bytes;
  const sourcesDir = path.join(dir, 'sources');
  const sources = names.length ? await checkPath(realRoot, sourcesDir, 'folder') : undefined;
  if (sources && !sources.ok && !sources.missing)
    problems.push({ path: 'sources', message: `the sources folder ${sources.message}` });
  else if (sources?.ok) {
    for (const file of names) {
      const checked = await checkPath(realRoot, path.join(sourcesDir, file), 'file');
      if (!checked.ok) {
        // A missing file is left to the model's check, which names the source that wants it.
        if (!checked.missing)
          problems.push({ path: `sources/${file}`, message: `file ${checked.message}` });
        continue;
      }
      if (bytes + checked.stat.size > limits.datasetBytes) {
        problems.push({
          path: `sources/${file}`,
          message: `not read: the dataset's files pass the ${limitWords(limits.datasetBytes)} limit for one dataset`,
        });
        continue;
      }
      const read = await readTextFile(checked.real, limits.fileBytes, limits.readTimeoutMs);
      if (!read.ok) {
        problems.push({ path: `sources/${file}`, message: `file ${read.message}` });
        continue;
      }
      bytes += read.bytes;
      hash.update(`\u0000${file}\u0000${read.text}`);
      texts.set(file, read.text);
    }
  }
  const version = hash.digest('hex').slice(0, 8);
  const files = ['dataset.json', ...names.map((f) => path.join('sources', f))];
  const base = { id, home: 'folder' as const, location: dir, version, sourceTexts: texts };
  if (problems.length) return { entry: { ...base, problems }, bytes, files };
  const check = checkDataset(parsed.value, texts);
  if (!check.ok) return { entry: { ...base, problems: check.problems }, bytes, files };
  if (check.dataset.id !== id) {
    const problem = {
      path: 'id',
      message: `must match the folder name "${id}"`,
      value: JSON.stringify(check.dataset.id),
    };
    return { entry: { ...base, problems: [problem] }, bytes, files };
  }
  return { entry: { ...base, dataset: check.dataset, problems: [] }, bytes, files };
}
