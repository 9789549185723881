/** Largest dataset.json or source file the loader will read: 25 MB. Larger files are refused. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
