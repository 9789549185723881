import { notFound } from 'next/navigation';
import { getDataset, getValidDataset, type DatasetEntry, type ValidDatasetEntry } from './loader';

/** The params every dataset route receives. */
export type DatasetParams = Promise<{ dataset: string }>;

/** The dataset folder named in the URL (valid or not); a 404 when there is none. */
export function datasetEntryOr404(id: string): DatasetEntry {
  const entry = getDataset(id);
  if (!entry) notFound();
  return entry;
}

/** The valid dataset named in the URL; a 404 when it is unknown or has errors. */
export function validDatasetOr404(id: string): ValidDatasetEntry {
  const entry = getValidDataset(id);
  if (!entry) notFound();
  return entry;
}
