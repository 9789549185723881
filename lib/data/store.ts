import type { DatasetProblem } from '@/lib/model';
import type { DatasetEntry, DatasetHome } from './entry';

/** What `/` and the header's switcher show of a dataset, without its whole content. */
export interface DatasetSummary {
  id: string;
  home: DatasetHome;
  /** Where it lives, for people: the folder path, or the workspace's address. */
  location: string;
  version: string;
  /** Present when the dataset is valid. */
  title?: string;
  asOf?: string;
  counts?: DatasetCounts;
  problems: DatasetProblem[];
}

/** How much a valid dataset holds, and how much of its matrix is filled. */
export interface DatasetCounts {
  parties: number;
  issues: number;
  rounds: number;
  sources: number;
  /** Coded positions (stated or inferred). */
  coded: number;
  /** Cells coded "no stated position". */
  none: number;
  /** party × issue × round cells in all. */
  cells: number;
  /** Cells with no entry at all (earlier rounds' positions may still carry forward). */
  empty: number;
}

/** Options of a read: `version` asks for that version and no other. */
export interface GetOptions {
  version?: string;
}

/**
 * Where datasets are kept, behind one async interface: pages, routes and scripts reach datasets
 * only through a store and never learn where they came from (each entry says its `home`).
 * Stores that can write add `save`.
 */
export interface DatasetStore {
  /** Every dataset, valid or with its problems, sorted by id. */
  list(): Promise<DatasetSummary[]>;
  /** The dataset with this id (at `version`, when given), or undefined when there is none. */
  get(id: string, options?: GetOptions): Promise<DatasetEntry | undefined>;
}

/** The summary of an entry: counts from its dataset, or its problems. */
export function summarize(entry: DatasetEntry): DatasetSummary {
  const base = {
    id: entry.id,
    home: entry.home,
    location: entry.location,
    version: entry.version,
    problems: entry.problems,
  };
  const d = entry.dataset;
  if (!d) return base;
  const none = d.positions.filter((p) => p.status === 'none').length;
  const cells = d.parties.length * d.issues.length * d.rounds.length;
  return {
    ...base,
    title: d.title,
    asOf: d.asOf,
    counts: {
      parties: d.parties.length,
      issues: d.issues.length,
      rounds: d.rounds.length,
      sources: d.sources.length,
      coded: d.positions.length - none,
      none,
      cells,
      empty: cells - d.positions.length,
    },
  };
}
