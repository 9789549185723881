import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  answerRead,
  type Catalogue,
  type ReadAnswer,
  type ReadContext,
} from '@/lib/http/readAnswer';
import { classifyRead } from '@/lib/http/readRequest';
import { RenderCache, renderCacheMegabytes } from '@/lib/http/renderCache';
import { signInHref } from '@/lib/url/routes';
import { APP_ACCESS, userOfRequest } from './access';
import { datasetStore } from './datasets';
import { reviewStamp } from './workspace/reviews';

/**
 * The header that marks the server's own request for a page it is about to cache; its value is a
 * secret of this process, so a client sending it only gets the ordinary answer.
 */
export const RENDER_FILL_HEADER = 'x-render-fill';

// One per process, shared by every copy of this module (Next bundles the proxy apart).
interface ProcessReads {
  secret: string;
  cache: RenderCache | undefined;
  build: string;
}
const KEY = Symbol.for('negotiation-positions.read-cache');

function buildId(): string {
  try {
    return fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  } catch {
    return 'unbuilt';
  }
}

function processReads(): ProcessReads {
  const g = globalThis as unknown as Record<symbol, ProcessReads | undefined>;
  let reads = g[KEY];
  if (!reads) {
    // Off in development: there every request recompiles, and a stale page would mislead.
    const megabytes =
      process.env.NODE_ENV === 'production' ? renderCacheMegabytes(process.env.RENDER_CACHE_MB) : 0;
    reads = g[KEY] = {
      secret: randomBytes(16).toString('hex'),
      cache: megabytes > 0 ? new RenderCache(megabytes * 1024 * 1024, 2000) : undefined,
      build: buildId(),
    };
  }
  return reads;
}

/** Every dataset's id, home, version and problems, from the store (the same reads a page makes). */
export async function catalogue(): Promise<Catalogue> {
  const summaries = await datasetStore().list();
  const datasets = summaries
    .map((s) => [s.id, s.home, s.version, ...s.problems.map((p) => p.message)].join('\u0001'))
    .join('\u0002');
  // A review decision changes what pages of a workspace dataset show (state, history, filters)
  // without a new version, so every recorded review event changes the key too.
  const reviewed = summaries.some((s) => s.home === 'workspace')
    ? await workspaceReviewStamp()
    : '';
  const key = reviewed ? `${datasets}\u0003reviews ${reviewed}` : datasets;
  return { key, homes: new Map(summaries.map((s) => [s.id, s.home])) };
}

/** The workspace's review stamp (reviews.ts), or '' when there is no workspace. */
async function workspaceReviewStamp(): Promise<string> {
  const ws = await APP_ACCESS.open();
  return ws ? reviewStamp(ws.db) : '';
}

/** This server's own address, as `next start` records it (`localhost` read as 127.0.0.1). */
function ownOrigin(): string | undefined {
  const recorded = process.env['__NEXT_PRIVATE_ORIGIN'];
  const port = process.env['PORT'];
  if (recorded) {
    const origin = new URL(recorded);
    if (origin.hostname === 'localhost') origin.hostname = '127.0.0.1';
    return origin.origin;
  }
  return port ? 'http://127.0.0.1:' + port : undefined;
}

/** Request headers that do not travel to the server's own render of a page. */
const NOT_FORWARDED = [
  'accept-encoding',
  'connection',
  'content-length',
  'host',
  'if-modified-since',
  'if-none-match',
  'keep-alive',
  'transfer-encoding',
];

/** Renders the page again through this server (and its proxy, which gives it a throwaway nonce). */
async function renderInside(request: Request, secret: string): Promise<Response> {
  const origin = ownOrigin();
  if (!origin) throw new Error('the server does not know its own address');
  const url = new URL(request.url);
  const headers = new Headers(request.headers);
  for (const name of NOT_FORWARDED) headers.delete(name);
  headers.set('accept-encoding', 'identity');
  headers.set(RENDER_FILL_HEADER, secret);
  return fetch(new URL(url.pathname + url.search, origin), {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(60_000),
  });
}

/** The read context of this process, for today. */
function readContext(): ReadContext {
  const reads = processReads();
  return {
    catalogue,
    build: reads.build,
    today: new Date().toISOString().slice(0, 10),
    cacheControl: process.env.CACHE_CONTROL,
    workspacePrivate: process.env.WORKSPACE_PRIVATE === '1',
    // A workspace that cannot be asked signs nobody in.
    signedIn: async (request) =>
      (await userOfRequest(request).catch(() => undefined)) !== undefined,
    signInPath: (next) => signInHref({ next }),
    cache: reads.cache,
    render: (request) => renderInside(request, reads.secret),
    reportSize: process.env.RENDER_CACHE_STATS === '1',
  };
}

/**
 * What proxy.ts does with a read (see `answerRead`): undefined for anything that is not one
 * (other methods, static files, the server's own render for the cache). A failure of the store
 * or the cache never fails the request: it is logged and the request is rendered as usual, except
 * with WORKSPACE_PRIVATE=1, where a dataset's read that could not be checked is refused (503).
 */
export async function proxyRead(
  request: Request & { nextUrl?: URL },
  nonce: string,
): Promise<ReadAnswer | undefined> {
  const reads = processReads();
  if (request.headers.get(RENDER_FILL_HEADER) === reads.secret) return undefined;
  const url = request.nextUrl ?? new URL(request.url);
  const read = classifyRead(request.method, url, request.headers);
  if (!read) return undefined;
  try {
    return await answerRead(request, read, nonce, readContext());
  } catch (error) {
    console.warn(`read cache: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.WORKSPACE_PRIVATE === '1' && read.datasetId !== undefined) {
      const body =
        'The workspace cannot be reached to check who may read this; try again shortly.\n';
      const headers = {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'private, no-store',
      };
      return { response: new Response(body, { status: 503, headers }) };
    }
    return undefined;
  }
}
