import type { Dataset } from '@/lib/model';
import { count } from './format';

/** One entry of the header's dataset switcher. */
export interface DatasetChoice {
  id: string;
  title: string;
  /** "3 errors" for a dataset that is not shown until fixed. */
  errors?: string;
}

/** Switcher entries from loader entries: valid datasets by title, broken ones by folder name. */
export function datasetChoices(
  entries: readonly {
    id: string;
    dataset?: Pick<Dataset, 'title'>;
    problems: readonly unknown[];
  }[],
): DatasetChoice[] {
  return entries.map((e) =>
    e.dataset
      ? { id: e.id, title: e.dataset.title }
      : { id: e.id, title: e.id, errors: count(e.problems.length, 'error') },
  );
}

/** How much of the matrix is filled: coded positions, "none" cells, and cells with no entry. */
export interface MatrixCoverage {
  coded: number;
  none: number;
  /** party × issue × round cells in all. */
  cells: number;
  /** Cells with no entry at all (earlier rounds' positions may still carry forward). */
  empty: number;
}

/** Counts the matrix cells of a dataset by what they hold. */
export function matrixCoverage(
  d: Pick<Dataset, 'parties' | 'issues' | 'rounds' | 'positions'>,
): MatrixCoverage {
  const none = d.positions.filter((p) => p.status === 'none').length;
  const cells = d.parties.length * d.issues.length * d.rounds.length;
  return { coded: d.positions.length - none, none, cells, empty: cells - d.positions.length };
}
