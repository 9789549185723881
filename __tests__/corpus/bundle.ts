// The bundled dataset as raw files, and the helpers the mutation cases are written with.
import fs from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@/lib/data/limits';

/** A dataset folder's contents: the text of dataset.json and of each source file. */
export interface Bundle {
  json: string;
  sources: Map<string, string>;
}

/** One way to break the bundled dataset, and the path its first problem must name. */
export interface Mutation {
  /** Short kebab-case name, also used as the folder name of the broken dataset. */
  name: string;
  apply: (bundle: Bundle) => Bundle;
  /** The exact JSON path (or file) the first problem names; '' for the file as a whole. */
  path: string;
  /** What the message must say. */
  message: RegExp;
  /** Files to make larger than they are, by sparse truncation (too big to keep in memory). */
  oversize?: string;
  /** Changes to the written folder that text cannot express: pipes, links, raw bytes. */
  files?: (dir: string) => void;
}

const BUNDLED_DIR = path.resolve(__dirname, '../../data/istanbul-2025');
/** The id of the bundled dataset the corpus mutates. */
export const BUNDLED_ID = 'istanbul-2025';
export const SOURCE = 'pism-istanbul-2025.txt';

/** The bundled dataset as read from disk. */
export function bundled(): Bundle {
  const sources = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(BUNDLED_DIR, 'sources'))) {
    sources.set(file, fs.readFileSync(path.join(BUNDLED_DIR, 'sources', file), 'utf8'));
  }
  return { json: fs.readFileSync(path.join(BUNDLED_DIR, 'dataset.json'), 'utf8'), sources };
}

/** Writes a bundle as a dataset folder, `<root>/<id>/`, then applies a mutation's file changes. */
export function writeBundle(
  root: string,
  id: string,
  bundle: Bundle,
  extra: Pick<Mutation, 'oversize' | 'files'> = {},
): string {
  const { oversize, files } = extra;
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dataset.json'), bundle.json);
  for (const [file, text] of bundle.sources) {
    fs.writeFileSync(path.join(dir, 'sources', file), text);
  }
  if (oversize) fs.truncateSync(path.join(dir, oversize), MAX_FILE_BYTES + 1024 * 1024);
  files?.(dir);
  return dir;
}

// The parsed dataset is edited as loose JSON on purpose: the point is to make it wrong.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A mutation of the parsed JSON, written back as text. */
export const edit =
  (change: (d: Json) => void) =>
  (b: Bundle): Bundle => {
    const d = JSON.parse(b.json) as Json;
    change(d);
    return { ...b, json: JSON.stringify(d, null, 2) };
  };

/** A mutation of the raw text of dataset.json. */
export const text =
  (change: (json: string) => string) =>
  (b: Bundle): Bundle => ({ ...b, json: change(b.json) });

export const NOT_IN_SCALE = /must be a number from 0 to 100/;
export const DANGLING = /which is not defined in this dataset/;
