import { notFound } from 'next/navigation';
import { datasetStore, getValidDataset } from './datasets';
import type { DatasetEntry, ValidDatasetEntry } from './entry';

/** The params every dataset route receives. */
export type DatasetParams = Promise<{ dataset: string }>;

/** The dataset named in the URL (valid or not); a 404 when there is none. */
export async function datasetEntryOr404(id: string): Promise<DatasetEntry> {
  const entry = await datasetStore().get(id);
  if (!entry) notFound();
  return entry;
}

/** The valid dataset named in the URL; a 404 when it is unknown or has errors. */
export async function validDatasetOr404(id: string): Promise<ValidDatasetEntry> {
  const entry = await getValidDataset(id);
  if (!entry) notFound();
  return entry;
}
