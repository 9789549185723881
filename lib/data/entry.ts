import type { Orientation } from '@/lib/analysis/orientation';
import type { Scenario } from '@/lib/analysis/scenario';
import type { Dataset, DatasetProblem } from '@/lib/model';
import type { EntryReview } from '@/lib/review/state';

/** Where a dataset lives: a folder under data/ (read-only in the app) or the workspace database. */
export type DatasetHome = 'folder' | 'workspace';

/** A dataset as the app sees it: valid with its data, or invalid with every problem. */
export interface DatasetEntry {
  id: string;
  home: DatasetHome;
  /** Where it lives, for people: the folder path, or the workspace's address. */
  location: string;
  /** Short content hash of dataset.json and the sources it names: the dataset's version. */
  version: string;
  dataset?: Dataset;
  problems: DatasetProblem[];
  /** Source texts by file name: the files dataset.json names that could be read. */
  sourceTexts: ReadonlyMap<string, string>;
  /** Present when the view reads the dataset oriented to a party (`?orient=`): `dataset` is then the flipped reading. */
  orientation?: Orientation;
  /** Present when the URL asks for a what-if view (`?whatif=`): `dataset` then has the changes applied (after any orientation). */
  scenario?: Scenario;
  /** A workspace dataset's review states at this version (and `?reviewed=only`); absent for folders. */
  review?: EntryReview;
}

/** A valid entry: the dataset is present. */
export type ValidDatasetEntry = DatasetEntry & { dataset: Dataset };

/** An entry for a dataset that could not be read at all. */
export function problemEntry(
  id: string,
  location: string,
  problems: DatasetProblem[],
): DatasetEntry {
  return { id, home: 'folder', location, version: '', problems, sourceTexts: new Map() };
}
