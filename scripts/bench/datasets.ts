import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';

/** The sizes the benchmark measures: parties × issues, three rounds each. */
export const SIZES = [
  { parties: 4, issues: 10 },
  { parties: 20, issues: 100 },
  { parties: 60, issues: 300 },
] as const;

/** The id of the synthetic dataset of this size. */
export function syntheticId(size: { parties: number; issues: number }): string {
  return `synthetic-${size.parties}x${size.issues}`;
}

/**
 * A fresh temporary data folder holding the bundled datasets and one synthetic dataset per
 * size (three rounds, fixed seed). Never inside the repository.
 */
export function prepareDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-bench-'));
  fs.cpSync(path.resolve(__dirname, '../../data'), dir, { recursive: true });
  for (const size of SIZES) {
    const { dataset, sourceFile, sourceText } = syntheticDataset({ ...size, rounds: 3, seed: 1 });
    const written = writeDatasetFolder(dir, {
      id: dataset.id,
      json: JSON.stringify(dataset),
      sources: new Map([[sourceFile, sourceText]]),
    });
    if (!written.ok) throw new Error(written.message);
  }
  return dir;
}
