import type { Dataset } from '@/lib/model';
import { quoteAnchor } from './anchors';
import { keptHref } from './keptLinks';
import { latestRoundId, type ViewState } from './query';

/** The pages of a dataset reached without an id (the overview is the dataset's own address). */
export type DatasetPage =
  | 'matrix'
  | 'issues'
  | 'compare'
  | 'proposals'
  | 'charts'
  | 'timeline'
  | 'coverage'
  | 'changes'
  | 'sources'
  | 'method'
  | 'brief';

/** The files a dataset serves for download. */
export type DatasetFile = 'matrix.csv' | 'chart.csv' | 'coverage.csv' | 'changes.csv';

/** One path segment; ids are slugs, so this changes nothing for valid data, but never lets an id add a segment. */
const segment = (id: string) => encodeURIComponent(id);

/** The path of a dataset's overview or one of its pages, with nothing kept. */
const pagePath = (datasetId: string, page?: DatasetPage) =>
  `/${segment(datasetId)}${page ? `/${page}` : ''}`;

// Every builder below ends with keptHref: a link into the dataset being read keeps the version
// and orientation of the request (lib/url/keptLinks.ts) unless its query names them.

/** A dataset's overview, `/<dataset>`, or one of its pages, `/<dataset>/<page>`, with a query ('?…', or '' for none). */
export function datasetHref(datasetId: string, page?: DatasetPage, query = ''): string {
  return keptHref(datasetId, `${pagePath(datasetId, page)}${query}`);
}

/** A file the dataset serves, `/<dataset>/matrix.csv`, with a query ('?…', or ''). */
export function downloadHref(datasetId: string, file: DatasetFile, query = ''): string {
  return keptHref(datasetId, `/${segment(datasetId)}/${file}${query}`);
}

/** The position matrix, `/<dataset>/matrix`, with a view's query. */
export function matrixHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'matrix', query);
}

/** One cell's evidence page, `/<dataset>/matrix/<issue>/<party>`, with a view's query. */
export function evidenceHref(datasetId: string, issue: string, party: string, query = ''): string {
  const path = `${pagePath(datasetId, 'matrix')}/${segment(issue)}/${segment(party)}`;
  return keptHref(datasetId, `${path}${query}`);
}

/** The list of issues, `/<dataset>/issues`, with a view's query. */
export function issuesHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'issues', query);
}

/** One issue's page, `/<dataset>/issues/<issue>`, with a view's query. */
export function issueHref(datasetId: string, issue: string, query = ''): string {
  return keptHref(datasetId, `${pagePath(datasetId, 'issues')}/${segment(issue)}${query}`);
}

/** The coverage table, `/<dataset>/coverage`: which party-round has coded which issue, and how. */
export function coverageHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'coverage', query);
}

/** What changed, `/<dataset>/changes`, with a query ('?from=3&to=7', or ''). */
export function changesHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'changes', query);
}

/** The compare form, `/<dataset>/compare`, with a view's query. */
export function compareHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'compare', query);
}

/**
 * The pair page's address, keeping a non-default round and the version read:
 * `/<dataset>/compare/<a>/<b>?round=…&version=…`.
 */
export function pairHref(
  dataset: Dataset,
  a: string,
  b: string,
  keep: Pick<ViewState, 'round' | 'version'> = {},
): string {
  const q = new URLSearchParams();
  if (keep.round && keep.round !== latestRoundId(dataset)) q.set('round', keep.round);
  if (keep.version) q.set('version', keep.version);
  const query = q.toString();
  const path = `${pagePath(dataset.id, 'compare')}/${segment(a)}/${segment(b)}`;
  return keptHref(dataset.id, `${path}${query ? `?${query}` : ''}`);
}

/** Link to a source's page: its full text with every quoted passage marked (with a query, '' for none). */
export function sourceHref(datasetId: string, source: string, query = ''): string {
  return keptHref(datasetId, `${pagePath(datasetId, 'sources')}/${segment(source)}${query}`);
}

/** `query` ('?version=3', or '') with one more parameter. */
function withParam(query: string, name: string, value: string): string {
  const params = new URLSearchParams(query);
  params.set(name, value);
  return `?${params.toString()}`;
}

/**
 * Link to a quoted passage in its source's text: the source's page that holds it (`passage=`,
 * for a source whose passages are paged) at the passage's anchor.
 */
export function quoteHref(datasetId: string, source: string, quote: string, query = ''): string {
  const anchor = quoteAnchor(source, quote);
  return `${sourceHref(datasetId, source, withParam(query, 'passage', anchor))}#${anchor}`;
}

/** Link to one page of a source's quoted passages (page 1 is the source's own address). */
export function sourcePageHref(
  datasetId: string,
  source: string,
  page: number,
  query = '',
): string {
  return sourceHref(datasetId, source, page > 1 ? withParam(query, 'page', String(page)) : query);
}

/** The proposals, `/<dataset>/proposals`: it opens the redline of a proposal and the one replacing it. */
export function proposalsHref(datasetId: string, query = ''): string {
  return datasetHref(datasetId, 'proposals', query);
}

const redlinePath = (datasetId: string, a: string, b: string) =>
  `${pagePath(datasetId, 'proposals')}/${segment(a)}/${segment(b)}`;

/** The redline of proposal `b` against `a`, `/<dataset>/proposals/<a>/<b>`, with a query ('?…', or ''). */
export function redlineHref(datasetId: string, a: string, b: string, query = ''): string {
  return keptHref(datasetId, `${redlinePath(datasetId, a, b)}${query}`);
}

/** The redline as CSV, `/<dataset>/proposals/<a>/<b>/redline.csv`, with a query ('?…', or ''). */
export function redlineCsvHref(datasetId: string, a: string, b: string, query = ''): string {
  return keptHref(datasetId, `${redlinePath(datasetId, a, b)}/redline.csv${query}`);
}

/** The what-if form's handler of an issue page, `/<dataset>/issues/<issue>/whatif`: it answers with the what-if link. */
export function issueWhatIfHref(datasetId: string, issue: string): string {
  return `${issueHref(datasetId, issue)}/whatif`;
}

// The workspace's people-and-access pages and actions (docs/workspace-access.md).

/** `?a=1&b=2` of the parameters given (in that order), or '' when there are none. */
function queryOf(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The sign-in page, `/signin`, with where to go next and a refusal to show. */
export function signInHref(
  params: { next?: string; error?: string; email?: string; retry?: number } = {},
): string {
  return `/signin${queryOf(params)}`;
}

/** The sign-out page, `/signout`. */
export const SIGN_OUT_HREF = '/signout';

/** The workspace's home, `/workspace`, with a notice to show (`?created=<dataset id>`, `?error=`). */
export function workspaceHref(params: { created?: string; error?: string } = {}): string {
  return `/workspace${queryOf(params)}`;
}

/** The users page, `/workspace/users`, with what was just done or refused. */
export function workspaceUsersHref(
  params: { done?: string; user?: number; error?: string; email?: string; role?: string } = {},
): string {
  return `/workspace/users${queryOf(params)}`;
}

/** A page of the audit log, `/workspace/audit` (page 1, the newest) or `?page=<n>`. */
export function workspaceAuditHref(page = 1): string {
  return `/workspace/audit${queryOf({ page: page > 1 ? page : undefined })}`;
}

/** The actions (route handlers) the workspace's forms post to. */
export const WORKSPACE_API = {
  session: '/api/workspace/session',
  signOut: '/api/workspace/signout',
  users: '/api/workspace/users',
  datasets: '/api/workspace/datasets',
} as const;

/** One user's action, `/api/workspace/users/<id>` (PATCH with JSON; POST from a form). */
export function workspaceUserApiHref(id: number): string {
  return `${WORKSPACE_API.users}/${id}`;
}

/** A workspace dataset's review action, `/api/workspace/datasets/<id>/reviews` (docs/workspace-review.md). */
export function reviewApiHref(datasetId: string): string {
  return `${WORKSPACE_API.datasets}/${encodeURIComponent(datasetId)}/reviews`;
}

// The workspace's coding pages and actions (docs/workspace-coding.md).

/** A workspace dataset's coding home, `/workspace/<dataset>`, with the revision just saved. */
export function workspaceDatasetHref(datasetId: string, params: { saved?: number } = {}): string {
  return `/workspace/${encodeURIComponent(datasetId)}${queryOf(params)}`;
}

/** A key's steps as path segments: `party/issue/round` stays three segments, each encoded. */
function keyPath(key: string): string {
  return key
    .split('/')
    .map((step) => encodeURIComponent(step))
    .join('/');
}

/** The edit form of one item, `/workspace/<dataset>/<part>/<key>` (a source's: `/sources/<id>/edit`). */
export function codingItemHref(
  datasetId: string,
  part: string,
  key: string,
  params: { draft?: string; saved?: number } = {},
): string {
  const tail = part === 'sources' ? `${keyPath(key)}/edit` : keyPath(key);
  return `/workspace/${encodeURIComponent(datasetId)}/${part}/${tail}${queryOf(params)}`;
}

/** The add form of a part, `/workspace/<dataset>/add/<part>`. */
export function codingAddHref(
  datasetId: string,
  part: string,
  params: { draft?: string } = {},
): string {
  return `/workspace/${encodeURIComponent(datasetId)}/add/${part}${queryOf(params)}`;
}

/** A workspace source's page with its text (quote picking), `/workspace/<dataset>/sources/<source>`. */
export function codingSourceHref(datasetId: string, sourceId: string): string {
  return `/workspace/${encodeURIComponent(datasetId)}/sources/${encodeURIComponent(sourceId)}`;
}

/** The action a coding form posts to, `/api/workspace/datasets/<dataset>/<part>` (or `/evidence`). */
export function codingApiHref(datasetId: string, part: string): string {
  return `${WORKSPACE_API.datasets}/${encodeURIComponent(datasetId)}/${part}`;
}

/** The action that removes an item of a part, `/api/workspace/datasets/<dataset>/<part>/remove`. */
export function codingRemoveHref(datasetId: string, part: string): string {
  return `${codingApiHref(datasetId, part)}/remove`;
}

/** A workspace dataset's review queue, `/workspace/<dataset>/review`: what is left to approve or answer. */
export function reviewQueueHref(datasetId: string): string {
  return `/workspace/${encodeURIComponent(datasetId)}/review`;
}

/** A workspace dataset's matrix in edit mode, `/workspace/<dataset>/grid`, with a view's query. */
export function editingGridHref(datasetId: string, query = ''): string {
  return `/workspace/${encodeURIComponent(datasetId)}/grid${query}`;
}
