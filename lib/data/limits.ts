/** Largest dataset.json or source file the loader will read: 25 MB. Larger files are refused. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/** Most bytes one dataset (dataset.json and the sources it names) may hold: 64 MB. */
export const MAX_DATASET_BYTES = 64 * 1024 * 1024;

/** Most bytes the loader keeps cached across all datasets: 256 MB; the least recently used go first. */
export const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** Longest the loader waits for one file before reporting it unreadable: 10 s. */
export const READ_TIMEOUT_MS = 10_000;

/** The limits one file store works within (tests pass smaller ones). */
export interface StoreLimits {
  fileBytes: number;
  datasetBytes: number;
  cacheBytes: number;
  readTimeoutMs: number;
}

/** The limits the app runs with. */
export const DEFAULT_LIMITS: StoreLimits = {
  fileBytes: MAX_FILE_BYTES,
  datasetBytes: MAX_DATASET_BYTES,
  cacheBytes: MAX_CACHE_BYTES,
  readTimeoutMs: READ_TIMEOUT_MS,
};

/** "25 MB" (or "20 kB"): a limit as people read it. */
export function limitWords(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return Number.isInteger(mb) ? `${mb} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** "24.0 MB": a byte count as people read it. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
