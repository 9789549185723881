import { cookies, headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { userOfToken } from './access';
import { datasetStore, workspaceStore } from './datasets';
import type { DatasetSummary } from './store';
import type { DatasetEntry, ValidDatasetEntry } from './entry';
import {
  KEPT_VIEW_HEADER,
  keptViewParam,
  PAGE_QUERY_HEADER,
  reorientFields,
  reviewedToggleFields,
} from './keptViewHeader';
import { orientDataset } from '@/lib/analysis/orientation';
import { applyWhatIf } from '@/lib/analysis/scenario';
import { parseWhatIf } from '@/lib/url/whatif';
import { reviewedEntry } from './reviewRead';
import { parseVersion } from './workspace/hash';
import type { RevisionSummary } from './workspace/store';
import { joinListParams } from '@/lib/url/formParams';
import { keepOnLinks } from '@/lib/url/keptLinks';
import { keptQuery, parseViewState, type SearchParams } from '@/lib/url/query';

/** The params every dataset route receives. */
export type DatasetParams = Promise<{ dataset: string }>;

/**
 * The datasets this request may see listed (on `/` and in the header's switcher): all of them,
 * but with WORKSPACE_PRIVATE=1 the workspace's only for a signed-in request (the proxy refuses
 * their pages, CSVs and API to anyone else; see lib/http/readAnswer.ts).
 */
export async function visibleDatasets(): Promise<DatasetSummary[]> {
  const all = await datasetStore().list();
  if (process.env.WORKSPACE_PRIVATE !== '1' || !all.some((d) => d.home === 'workspace')) return all;
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const user = await userOfToken(token).catch(() => undefined);
  return user ? all : all.filter((d) => d.home !== 'workspace');
}

/** The version the request's URL asks for (`?version=`), as proxy.ts passed it on; else undefined. */
export async function requestedVersion(): Promise<string | undefined> {
  return keptViewParam((await headers()).get(KEPT_VIEW_HEADER), 'version');
}

/** The party the request's URL orients the view to (`?orient=`), as proxy.ts passed it on; else undefined. */
export async function requestedOrient(): Promise<string | undefined> {
  return keptViewParam((await headers()).get(KEPT_VIEW_HEADER), 'orient');
}

/** The what-if changes the request's URL asks for (`?whatif=`), as proxy.ts passed them on; else undefined. */
export async function requestedWhatIf(): Promise<string | undefined> {
  return keptViewParam((await headers()).get(KEPT_VIEW_HEADER), 'whatif');
}

/** Whether the request's URL asks for approved cells only (`?reviewed=only`), as proxy.ts passed it on. */
export async function requestedReviewedOnly(): Promise<boolean> {
  return keptViewParam((await headers()).get(KEPT_VIEW_HEADER), 'reviewed') === 'only';
}

/** The fields the reviewed-only switch resubmits: the page's query but `reviewed` and `page`. */
export async function reviewedToggleQueryFields(): Promise<[string, string][]> {
  return reviewedToggleFields((await headers()).get(PAGE_QUERY_HEADER));
}

/** The fields the orientation form resubmits: the page's query but `orient` and `whatif`. */
export async function reorientQueryFields(): Promise<[string, string][]> {
  return reorientFields((await headers()).get(PAGE_QUERY_HEADER));
}

/** The query every link of a page keeps ('?version=3&orient=ukraine', or ''), for pages that read no other view state. */
export async function keptViewQuery(): Promise<string> {
  return keptQuery({
    version: await requestedVersion(),
    orient: await requestedOrient(),
    whatif: await requestedWhatIf(),
    reviewed: (await requestedReviewedOnly()) ? 'only' : undefined,
  });
}

const oriented = new WeakMap<DatasetEntry, Map<string, DatasetEntry>>();

/**
 * The entry as a view oriented to `party` reads it (memoised per entry, so the analyses cached
 * on its dataset are computed once per orientation); the entry itself when the party is unknown
 * or the dataset invalid.
 */
export function orientedEntry(entry: DatasetEntry, party: string | undefined): DatasetEntry {
  if (party === undefined || !entry.dataset) return entry;
  let byParty = oriented.get(entry);
  if (!byParty) oriented.set(entry, (byParty = new Map()));
  const known = byParty.get(party);
  if (known) return known;
  const read = orientDataset(entry.dataset, party);
  const result = read ? { ...entry, dataset: read.dataset, orientation: read.orientation } : entry;
  byParty.set(party, result);
  return result;
}

const scenarios = new WeakMap<DatasetEntry, Map<string, DatasetEntry>>();

/**
 * The entry as a what-if view reads it (`?whatif=`), applied to the dataset as shown (so after
 * any orientation: values are read on the scale the page shows), memoised per entry and link
 * value; the entry itself without a what-if or with an invalid dataset. Bad parts of the link
 * are left out and listed in `scenario.ignored`, never an error.
 */
export function scenarioEntry(entry: DatasetEntry, whatif: string | undefined): DatasetEntry {
  if (whatif === undefined || !entry.dataset) return entry;
  let bySpec = scenarios.get(entry);
  if (!bySpec) scenarios.set(entry, (bySpec = new Map()));
  const known = bySpec.get(whatif);
  if (known) return known;
  // A bounded memo: every distinct link would otherwise keep a dataset copy alive.
  if (bySpec.size >= 32) bySpec.clear();
  const { changes, notes } = parseWhatIf(whatif, entry.dataset);
  const applied = applyWhatIf(entry.dataset, changes, whatif, notes);
  const result = { ...entry, dataset: applied.dataset, scenario: applied.scenario };
  bySpec.set(whatif, result);
  return result;
}

/** The what-if link value links keep: the request's own, while it changes something. */
function keptWhatIf(entry: DatasetEntry): string | undefined {
  return entry.scenario?.changes.length ? entry.scenario.spec : undefined;
}

/**
 * The entry as the request's view reads it: with its review states (a workspace dataset's; with
 * `?reviewed=only` approved positions only), oriented (`?orient=`), then the what-if applied
 * (`?whatif=`).
 */
async function viewedEntry(entry: DatasetEntry): Promise<DatasetEntry> {
  const reviewed = await reviewedEntry(entry, await requestedReviewedOnly());
  return scenarioEntry(orientedEntry(reviewed, await requestedOrient()), await requestedWhatIf());
}

/** The reviewed-only marker links keep: the request's own, while the view reads approved cells only. */
function keptReviewed(entry: DatasetEntry): 'only' | undefined {
  return entry.review?.approvedOnly ? 'only' : undefined;
}

/** How a request's version reads: the dataset at that version, and whether it is an old one. */
export type VersionRead =
  | {
      entry: DatasetEntry;
      /** Present when the URL asked for a version that is not the latest. */
      old?: { latest: string; revision?: RevisionSummary };
    }
  | {
      entry?: undefined;
      /** The URL asked for a version this dataset does not have. */
      missing: { requested: string; latest: DatasetEntry };
    };

/**
 * The dataset named in the URL at the version its `?version=` asks for (the latest without one);
 * a 404 when there is no such dataset. A workspace dataset has a version per revision; a folder
 * dataset only its current one.
 */
export async function versionReadOr404(id: string): Promise<VersionRead> {
  const store = datasetStore();
  const latest = await store.get(id);
  if (!latest) notFound();
  const requested = await requestedVersion();
  if (requested === undefined) {
    const entry = await viewedEntry(latest);
    keepOnLinks(id, {
      orient: entry.orientation?.party.id,
      whatif: keptWhatIf(entry),
      reviewed: keptReviewed(entry),
    });
    return { entry };
  }
  const read = await store.get(id, { version: requested });
  if (!read) return { missing: { requested, latest } };
  const entry = await viewedEntry(read);
  // Every link of this request into the dataset keeps the version, orientation and what-if read.
  keepOnLinks(id, {
    version: requested,
    orient: entry.orientation?.party.id,
    whatif: keptWhatIf(entry),
    reviewed: keptReviewed(entry),
  });
  if (entry.version === latest.version) return { entry };
  const number = entry.home === 'workspace' ? parseVersion(entry.version)?.revision : undefined;
  const revision =
    number === undefined
      ? undefined
      : await workspaceStore()
          .revisionSummary(id, number)
          .catch(() => undefined);
  return { entry, old: { latest: latest.version, revision } };
}

/** The dataset named in the URL, at the URL's version (valid or not); a 404 when there is none. */
export async function datasetEntryOr404(id: string): Promise<DatasetEntry> {
  const read = await versionReadOr404(id);
  if (!read.entry) notFound();
  return read.entry;
}

/** The valid dataset named in the URL, at the URL's version; a 404 when it is unknown or has errors. */
export async function validDatasetOr404(id: string): Promise<ValidDatasetEntry> {
  const entry = await datasetEntryOr404(id);
  if (!entry.dataset) notFound();
  return entry as ValidDatasetEntry;
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
  const version = await requestedVersion();
  const entry = await datasetStore().get(id, version === undefined ? {} : { version });
  if (entry?.dataset) return { entry: (await viewedEntry(entry)) as ValidDatasetEntry };
  const known = !entry && version !== undefined && (await datasetStore().get(id));
  const message = entry
    ? 'This dataset has errors; see its page.'
    : known
      ? `This dataset has no version "${version}"; its latest is ${known.version}.`
      : 'No such dataset.';
  const refusal = new Response(`${message}\n`, {
    status: entry ? 422 : 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
  return { refusal };
}
