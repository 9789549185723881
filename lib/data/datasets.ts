import path from 'node:path';
import type { DatasetEntry, ValidDatasetEntry } from './entry';
import { FileStore } from './files/fileStore';
import { dataRoot } from './root';
import { recoverInterruptedWrites } from './swap';
import { WorkspaceStore } from './workspace/store';
import type { DatasetStore } from './store';

// One store per data root and process, so its cache lives as long as the server. Kept on
// globalThis: Next bundles proxy.ts apart from the pages, and both must share one cache.
interface ProcessStores {
  folders: Map<string, FileStore>;
  workspace: WorkspaceStore;
}
const g = globalThis as unknown as Record<symbol, ProcessStores | undefined>;
const KEY = Symbol.for('negotiation-positions.stores');
// The workspace opens its database on first use (PGlite in WORKSPACE_DIR, or DATABASE_URL);
// with neither configured nor created, it lists nothing and creates nothing.
const shared = (g[KEY] ??= { folders: new Map(), workspace: new WorkspaceStore() });
const stores = shared.folders;
const workspace = shared.workspace;

/** The workspace store of this process (its log and diff; `datasetStore()` for reads). */
export function workspaceStore(): WorkspaceStore {
  return workspace;
}

/** The folder store of the data root (the CLI's writes go beside it, through lib/data/write). */
export function folderStore(): FileStore {
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

/** Reads that fail in the workspace (locked by a command, server down) leave the folders served. */
async function fromWorkspace<T>(read: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    console.warn(`workspace: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}

/**
 * The store every route and script reads datasets from: the folders under the data root and
 * the workspace, side by side (an id lives in one home only; folders answer first).
 */
export function datasetStore(): DatasetStore {
  const folders = folderStore();
  return {
    async list() {
      const [inFolders, inWorkspace] = await Promise.all([
        folders.list(),
        fromWorkspace(() => workspace.list(), []),
      ]);
      return [...inFolders, ...inWorkspace].sort((a, b) =>
        a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
      );
    },
    async get(id, options) {
      return (
        (await folders.get(id, options)) ??
        (await fromWorkspace(() => workspace.get(id, options), undefined))
      );
    },
  };
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
