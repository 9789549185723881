import { canonicalUrl } from './canonical';

/**
 * What a read answers with: a page's HTML (a document the browser loads), anything else a page
 * address answers (its React Server Components payload for a client navigation or prefetch, or a
 * client that did not ask for HTML), or a data file (CSV, the JSON API).
 */
export type ReadKind = 'html' | 'other' | 'data';

/**
 * True when the request is for a document: a browser's navigation (`Sec-Fetch-Dest: document`),
 * or, from a client that sends no fetch metadata, one that asks for HTML. Next strips its router's
 * `RSC` header before proxy.ts runs, so this is how a client navigation (a fetch, so
 * `Sec-Fetch-Dest: empty`, `Accept: *\/*`) is told apart; an `RSC` header, if one gets through, says
 * so outright.
 */
export function isDocumentRequest(headers: Headers): boolean {
  if (headers.has('rsc')) return false;
  const dest = headers.get('sec-fetch-dest');
  if (dest !== null) return dest === 'document';
  return (headers.get('accept') ?? '').includes('text/html');
}

/** A GET or HEAD for a read page, CSV or API answer, as the proxy sees it. */
export interface ReadRequest {
  kind: ReadKind;
  /** Path and sorted query (view state), without Next's `_rsc`. */
  canonical: string;
  /** The dataset the address names, when it names one. */
  datasetId?: string;
  /** A cookie or an Authorization header came with it. */
  session: boolean;
  /** The address is an editing page. */
  editing: boolean;
  /**
   * The address is one person's: the sign-in and sign-out pages, the workspace's own pages
   * (`/workspace/…`) and actions (`/api/workspace/…`), whatever cookies came with it.
   */
  personal?: boolean;
  /**
   * False for answers that read more than the datasets' versions say: the change record (a
   * folder's CHANGES.md, the 30 days before today) behind /changes, changes.csv and the
   * briefing's `?since=` slide. They get Cache-Control but no validator and no render cache.
   */
  taggable: boolean;
}

/** First path segments of pages for one person: sign-in, sign-out and the workspace's pages. */
const PERSONAL_PAGES: readonly string[] = ['signin', 'signout', 'workspace'];

/** True for an address that is one person's (see ReadRequest.personal). */
export function isPersonalPath(segments: readonly string[]): boolean {
  const first = segments[0];
  if (first === 'api') return segments[1] === 'workspace';
  return first !== undefined && PERSONAL_PAGES.includes(first);
}

/** The first path segments that are not datasets (`/api/…`, `/floor`, Next's own `/_next/…`). */
const NOT_A_DATASET: readonly string[] = ['api', 'floor', '_next', ...PERSONAL_PAGES];

/**
 * The read a request is, or undefined when it is none: methods other than GET and HEAD, Next's
 * own files and static files (a last segment with a dot, other than `.csv`), which keep the
 * headers Next gives them.
 */
export function classifyRead(method: string, url: URL, headers: Headers): ReadRequest | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const first = segments[0];
  if (first === '_next') return undefined;
  const last = segments[segments.length - 1] ?? '';
  const data = first === 'api' || last.endsWith('.csv');
  if (!data && last.includes('.')) return undefined;
  const kind: ReadKind = data ? 'data' : isDocumentRequest(headers) ? 'html' : 'other';
  const datasetId =
    first === 'api'
      ? segments[1] === 'datasets'
        ? segments[2]
        : undefined
      : first !== undefined && !NOT_A_DATASET.includes(first)
        ? first
        : undefined;
  const section = first === 'api' ? undefined : segments[1];
  const readsChangeRecord =
    section === 'changes' ||
    section === 'changes.csv' ||
    (section === 'brief' && url.searchParams.has('since'));
  return {
    kind,
    canonical: canonicalUrl(url.pathname, url.searchParams),
    datasetId,
    session: headers.has('cookie') || headers.has('authorization'),
    editing: segments.includes('edit'),
    personal: isPersonalPath(segments),
    taggable: !readsChangeRecord,
  };
}
