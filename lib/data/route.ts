import { notFound } from 'next/navigation';
import { datasetStore, getValidDataset } from './datasets';
import type { DatasetEntry, ValidDatasetEntry } from './entry';
import { joinListParams } from '@/lib/url/formParams';
import { parseViewState, type SearchParams } from '@/lib/url/query';

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

/** What Next hands a dataset page: the dataset segment and the query. */
export interface DatasetPageProps {
  params: DatasetParams;
  searchParams: Promise<SearchParams>;
}

/**
 * The valid dataset a page's URL names, with the view state its query asks for (repeated
 * form fields joined first); a 404 when the dataset is unknown or has errors.
 */
export async function datasetViewOr404({ params, searchParams }: DatasetPageProps) {
  const { dataset: id } = await params;
  const entry = await validDatasetOr404(id);
  const query = await searchParams;
  const { state, notes } = parseViewState(joinListParams(query), entry.dataset);
  return { entry, dataset: entry.dataset, query, state, notes };
}

/** A page's `generateMetadata`: its title, followed by the dataset id. */
export function titledPage(title: string) {
  return async ({ params }: { params: DatasetParams }) => {
    const { dataset } = await params;
    return { title: `${title} · ${dataset}` };
  };
}

/**
 * The valid dataset a download route names, or the plain-text answer to send instead: 404 for
 * an unknown dataset, 422 for one with errors.
 */
export async function downloadDataset(
  params: DatasetParams,
): Promise<{ entry: ValidDatasetEntry; refusal?: undefined } | { refusal: Response }> {
  const { dataset: id } = await params;
  const entry = await datasetStore().get(id);
  if (entry?.dataset) return { entry: entry as ValidDatasetEntry };
  const message = entry ? 'This dataset has errors; see its page.' : 'No such dataset.';
  const refusal = new Response(`${message}\n`, {
    status: entry ? 422 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
  return { refusal };
}
