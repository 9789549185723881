import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Mutation, SOURCE } from '../bundle';

/** A folder outside any data root, for links that must not be followed. */
function outsideDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-outside-'));
}

/** Replaces a file of the folder with a named pipe (reading it would block for good). */
const pipe = (file: string) => (dir: string) => {
  fs.rmSync(path.join(dir, file));
  execFileSync('mkfifo', [path.join(dir, file)]);
};

/** Rewrites a file's bytes. */
const bytes = (file: string, change: (b: Buffer) => Buffer) => (dir: string) => {
  const at = path.join(dir, file);
  fs.writeFileSync(at, change(fs.readFileSync(at)));
};

/** Files that are not what they claim: pipes, links out of the data folder, other encodings. */
export const FILES: Mutation[] = [
  {
    name: 'pipe-as-dataset-json',
    apply: (b) => b,
    files: pipe('dataset.json'),
    path: '',
    message: /^dataset\.json is a named pipe, not a regular file; not read$/,
  },
  {
    name: 'pipe-as-source',
    apply: (b) => b,
    files: pipe(`sources/${SOURCE}`),
    path: `sources/${SOURCE}`,
    message: /^file is a named pipe, not a regular file; not read$/,
  },
  {
    name: 'dataset-json-linked-to-passwd',
    apply: (b) => b,
    files: (dir) => {
      fs.rmSync(path.join(dir, 'dataset.json'));
      fs.symlinkSync('/etc/passwd', path.join(dir, 'dataset.json'));
    },
    path: '',
    message: /^dataset\.json is a link to outside the data folder; not read$/,
  },
  {
    name: 'sources-linked-outside',
    apply: (b) => b,
    files: (dir) => {
      const outside = outsideDir();
      fs.renameSync(path.join(dir, 'sources'), path.join(outside, 'sources'));
      fs.symlinkSync(path.join(outside, 'sources'), path.join(dir, 'sources'));
    },
    path: 'sources',
    message: /^the sources folder is a link to outside the data folder; not read$/,
  },
  {
    name: 'source-linked-outside',
    apply: (b) => b,
    files: (dir) => {
      const outside = outsideDir();
      fs.renameSync(path.join(dir, 'sources', SOURCE), path.join(outside, SOURCE));
      fs.symlinkSync(path.join(outside, SOURCE), path.join(dir, 'sources', SOURCE));
    },
    path: `sources/${SOURCE}`,
    message: /^file is a link to outside the data folder; not read$/,
  },
  {
    name: 'utf16-dataset-json',
    apply: (b) => b,
    files: bytes('dataset.json', (b) =>
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]),
    ),
    path: '',
    message: /^dataset\.json is encoded as UTF-16 \(little-endian\); save it as UTF-8$/,
  },
  {
    name: 'invalid-utf8-dataset-json',
    apply: (b) => b,
    files: bytes('dataset.json', (b) =>
      Buffer.concat([b.subarray(0, 40), Buffer.from([0xff]), b.subarray(40)]),
    ),
    path: '',
    message: /^dataset\.json is not valid UTF-8 \(first bad byte at offset 40\)/,
  },
  {
    name: 'latin1-source',
    apply: (b) => b,
    files: bytes(`sources/${SOURCE}`, (b) =>
      Buffer.concat([b, Buffer.from([0x20, 0xe9, 0x74, 0xe9])]),
    ),
    path: `sources/${SOURCE}`,
    message: /^file is not valid UTF-8 \(first bad byte at offset \d+\); save it as UTF-8$/,
  },
];
