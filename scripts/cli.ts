// Shared bits of the dataset command-line tools.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** dataset.json text: pretty-printed, formatted by prettier when it is installed. */
export async function datasetJsonText(dataset: unknown, dir: string): Promise<string> {
  const plain = `${JSON.stringify(dataset, null, 2)}\n`;
  try {
    const prettier = await import('prettier');
    const file = path.join(dir, 'dataset.json');
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(plain, { ...options, filepath: file });
  } catch {
    return plain;
  }
}

/** Today's date as YYYY-MM-DD (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Reads a text file, or stops with a plain message. */
export function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    fail(`cannot read ${file}`);
  }
}

/** Prints a message and exits with status 1. */
export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A path given on the command line, read from where the user typed it (npm runs scripts from the project root). */
export function argPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/**
 * The version the folder store will give these files (its short content hash: dataset.json,
 * then each source file it names, sorted), so CHANGES.md can name it before the files are in place.
 */
export function contentVersion(json: string, sources: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256').update(json);
  for (const file of [...sources.keys()].sort())
    hash.update(`\u0000${file}\u0000${sources.get(file) ?? ''}`);
  return hash.digest('hex').slice(0, 8);
}
