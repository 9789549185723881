import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { isSlug, RESERVED_DATASET_IDS } from '@/lib/model';
import { problemEntry, type DatasetEntry } from '../entry';
import { DEFAULT_LIMITS, type StoreLimits } from '../limits';
import { summarize, type DatasetStore, type DatasetSummary, type GetOptions } from '../store';
import { folderStamp, readDatasetFolder, type FolderRead } from './folder';
import { pendingSwapDir, pendingSwapIds } from '../swap';

interface CacheItem {
  stamp: string;
  read: FolderRead;
}

/** True for a name that may be a dataset id: a slug that no route uses. */
export function isDatasetFolderName(name: string): boolean {
  return isSlug(name) && !(RESERVED_DATASET_IDS as readonly string[]).includes(name);
}

/**
 * The folder store: datasets as folders under a data root, read-only. Reads are asynchronous
 * and checked (regular files inside the root only); results are cached by the files'
 * fingerprints within a byte budget, least recently used evicted first.
 */
export class FileStore implements DatasetStore {
  readonly home = 'folder' as const;
  private readonly cache = new Map<string, CacheItem>();
  private readonly reading = new Map<string, Promise<DatasetEntry | undefined>>();
  private cachedBytes = 0;

  constructor(
    readonly root: string,
    private readonly limits: StoreLimits = DEFAULT_LIMITS,
  ) {}

  /** Bytes of text the cache holds now (for benchmarks and tests). */
  get cacheBytes(): number {
    return this.cachedBytes;
  }

  /** Every folder under the root that holds a dataset.json, valid or not, sorted by id. */
  async list(): Promise<DatasetSummary[]> {
    let names: string[];
    try {
      const dirents = await fsp.readdir(this.root, { withFileTypes: true });
      // Hidden entries are work in progress (the importer's temporary folders), never datasets.
      names = dirents
        .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
        .map((d) => d.name);
    } catch {
      return [];
    }
    // A dataset whose first update is converting its folder is briefly only a pending link.
    names = [...new Set([...names, ...pendingSwapIds(this.root)])].sort();
    const summaries: DatasetSummary[] = [];
    // One at a time: a folder of huge files must not hold every other dataset in memory at once.
    for (const name of names) {
      const entry = await this.load(name);
      if (!entry) continue;
      summaries.push(summarize(isDatasetFolderName(name) ? entry : withFolderNameProblem(entry)));
    }
    return summaries;
  }

  /**
   * The dataset with this id, or undefined when the id is not a usable folder name or has no
   * dataset.json. Only such names reach the file system, so `..`, slashes and overlong ids never
   * leave the root. A folder holds one version: asking for another gives undefined.
   */
  async get(id: string, options: GetOptions = {}): Promise<DatasetEntry | undefined> {
    if (!isDatasetFolderName(id)) return undefined;
    const entry = await this.load(id);
    if (entry && options.version !== undefined && entry.version !== options.version)
      return undefined;
    return entry;
  }

  private load(name: string): Promise<DatasetEntry | undefined> {
    // Requests arriving together for one dataset share a single read.
    const pending = this.reading.get(name);
    if (pending) return pending;
    const promise = this.loadFresh(name).finally(() => this.reading.delete(name));
    this.reading.set(name, promise);
    return promise;
  }

  private async loadFresh(name: string): Promise<DatasetEntry | undefined> {
    const dir = path.join(this.root, name);
    const hit = this.cache.get(name);
    if (hit) {
      const stamp = await folderStamp(dir, hit.read.files);
      if (stamp === hit.stamp) {
        this.touch(name, hit);
        return hit.read.entry;
      }
    }
    this.forget(name);
    let read = await this.readFolder(dir, name);
    if (!read) {
      // Mid-swap, data/<id> is briefly missing and readers are pointed at the complete new
      // version, read once and not cached; once the marker has gone, the new link is in place.
      const pending = pendingSwapDir(this.root, name);
      if (pending) return (await this.readFolder(pending, name))?.entry;
      read = await this.readFolder(dir, name);
      if (!read) return undefined;
    }
    const stamp = await folderStamp(dir, read.files);
    if (stamp !== undefined) this.remember(name, { stamp, read });
    return read.entry;
  }

  /** One read of a folder (links followed only inside the root); a failure becomes a problem. */
  private async readFolder(dir: string, name: string): Promise<FolderRead | undefined> {
    try {
      return await readDatasetFolder(dir, { root: this.root, limits: this.limits });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      const problems = [{ path: '', message: `could not be read (${reason})` }];
      return { entry: problemEntry(name, dir, problems), bytes: 0, files: ['dataset.json'] };
    }
  }

  private touch(name: string, item: CacheItem): void {
    this.cache.delete(name);
    this.cache.set(name, item);
  }

  private forget(name: string): void {
    const old = this.cache.get(name);
    if (!old) return;
    this.cachedBytes -= old.read.bytes;
    this.cache.delete(name);
  }

  private remember(name: string, item: CacheItem): void {
    this.cache.set(name, item);
    this.cachedBytes += item.read.bytes;
    // Evict the least recently used (Map keeps insertion order) until within budget; the
    // dataset just read stays, since the per-dataset limit is below the cache's.
    for (const [other, old] of this.cache) {
      if (this.cachedBytes <= this.limits.cacheBytes) break;
      if (other === name) continue;
      this.cachedBytes -= old.read.bytes;
      this.cache.delete(other);
    }
  }
}

function withFolderNameProblem(entry: DatasetEntry): DatasetEntry {
  const problem = {
    path: '',
    message: `the folder name "${entry.id}" is not a usable dataset id (lowercase a-z, digits, hyphens; not a reserved word)`,
  };
  return { ...entry, dataset: undefined, problems: [problem, ...entry.problems] };
}
