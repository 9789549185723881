import path from 'node:path';
import type { DatasetEntry, ValidDatasetEntry } from './entry';
import { FileStore } from './files/fileStore';
import { dataRoot } from './root';
import { recoverInterruptedWrites } from './swap';
import type { DatasetStore } from './store';

// One store per data root and process, so its cache lives as long as the server.
const stores = new Map<string, FileStore>();

/** The store every route and script reads datasets from (today: the folders under the data root). */
export function datasetStore(): DatasetStore {
  const root = dataRoot();
  let store = stores.get(root);
  if (!store) {
    // Finish or clean what a killed import left before anything is read.
    for (const message of recoverInterruptedWrites(root)) console.warn(`data folder: ${message}`);
    store = new FileStore(root);
    stores.set(root, store);
  }
  return store;
}

/** The valid dataset with this id, or undefined (unknown, or has errors). */
export async function getValidDataset(id: string): Promise<ValidDatasetEntry | undefined> {
  const entry: DatasetEntry | undefined = await datasetStore().get(id);
  return entry?.dataset ? (entry as ValidDatasetEntry) : undefined;
}

/** The dataset in one folder, read as a store of its parent folder reads it (tools and tests). */
export async function readDatasetAt(dir: string): Promise<DatasetEntry | undefined> {
  const parent = path.dirname(path.resolve(dir));
  return new FileStore(parent).get(path.basename(dir));
}
