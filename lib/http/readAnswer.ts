import { cacheControlFor, isPrivateRead } from './cacheControl';
import { entityTag, ifNoneMatch } from './etag';
import { policyNonce, withNonce } from './nonce';
import type { ReadRequest } from './readRequest';
import type { CachedPage, RenderCache } from './renderCache';

/** The datasets a page may show (every page lists them all in its header), as one key. */
export interface Catalogue {
  /** Every dataset's id, home, version and problems: any change to any of them changes it. */
  key: string;
  /** Where each dataset lives, by id. */
  homes: ReadonlyMap<string, 'folder' | 'workspace'>;
}

/** What answering a read needs from the process: the store, the build, settings, the cache. */
export interface ReadContext {
  catalogue: () => Promise<Catalogue>;
  /** The build's id: a new deployment changes every tag (its pages name other script files). */
  build: string;
  /** The UTC date: pages speak of "the last 30 days", so no tag outlives the day. */
  today: string;
  /** CACHE_CONTROL, when set. */
  cacheControl?: string;
  /** WORKSPACE_PRIVATE=1: workspace datasets are readable only when signed in, and private. */
  workspacePrivate: boolean;
  /** True when the request carries a valid session (asked only for a private workspace read). */
  signedIn?: (request: Request) => Promise<boolean>;
  /** The sign-in page's path that comes back to `next` (from lib/url/routes). */
  signInPath?: (next: string) => string;
  /** The render cache, when on (production). */
  cache?: RenderCache;
  /** Renders the page once more inside this server, with a throwaway nonce, for the cache. */
  render?: (request: Request) => Promise<Response>;
  /** Add the cache's size to every answer from it (the bench reads it). */
  reportSize?: boolean;
}

/** Answer the request here (304, or a page from the cache), or let Next render it with these headers. */
export type ReadAnswer =
  | {
      response: Response;
      headers?: undefined;
      /** For a page's 304: the nonce its policy must name (the browser's copy's), not a fresh one. */
      nonce?: string;
    }
  | { response?: undefined; headers: Headers; nonce?: undefined };

/** Response headers a cached page does not repeat: the proxy sets them afresh, or they are per response. */
const NOT_REPEATED = new Set([
  'cache-control',
  'connection',
  'content-encoding',
  'content-length',
  'content-security-policy',
  'date',
  'etag',
  'keep-alive',
  'set-cookie',
  'transfer-encoding',
  'x-render-cache',
  'x-render-cache-size',
]);

// A kept page's body as UTF-8 pieces between its nonces, encoded once: an answer from the cache
// is then a copy of bytes with the fresh nonce between them, not a string search and an encoding.
const pieces = new WeakMap<CachedPage, Buffer[]>();

/** The buffer's bytes as a body (a view, not a copy; Buffers live in plain ArrayBuffers). */
function asBytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer.buffer as ArrayBuffer, buffer.byteOffset, buffer.byteLength);
}

/** The page's body with `nonce` in place of the one it was rendered with, as bytes. */
function bodyWithNonce(page: CachedPage, nonce: string): Uint8Array<ArrayBuffer> {
  let parts = pieces.get(page);
  if (!parts) {
    parts = (page.nonce === '' ? [page.body] : page.body.split(page.nonce)).map((p) =>
      Buffer.from(p),
    );
    pieces.set(page, parts);
  }
  if (parts.length === 1) return asBytes(parts[0]!);
  const fresh = Buffer.from(nonce);
  const out: Buffer[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(fresh);
    out.push(part);
  });
  return asBytes(Buffer.concat(out));
}

// Renders under way, by tag: requests arriving together for one page share one render.
const rendering = new Map<string, Promise<CachedPage | undefined>>();

/** The rendered answer as a page to keep (and to hand to every request that waited for it). */
async function pageOf(response: Response): Promise<CachedPage> {
  const headers: [string, string][] = [];
  response.headers.forEach((value, name) => {
    if (!NOT_REPEATED.has(name.toLowerCase())) headers.push([name, value]);
  });
  const nonce = policyNonce(response.headers.get('content-security-policy')) ?? '';
  return { status: response.status, headers, body: await response.text(), nonce };
}

/** Only a complete, shareable HTML page is kept: 200, text/html, no cookie set, nonce known. */
function keepable(response: Response, page: CachedPage): boolean {
  return (
    page.status === 200 &&
    (response.headers.get('content-type') ?? '').startsWith('text/html') &&
    !response.headers.has('set-cookie') &&
    page.nonce !== ''
  );
}

async function renderOnce(
  tag: string,
  request: Request,
  cache: RenderCache,
  render: (request: Request) => Promise<Response>,
): Promise<CachedPage | undefined> {
  const pending = rendering.get(tag);
  if (pending) return pending;
  const promise = (async () => {
    const response = await render(request);
    const page = await pageOf(response);
    if (!(keepable(response, page) && cache.set(tag, page))) cache.refuse(tag);
    return page;
  })()
    .catch((error: unknown) => {
      console.warn(`render cache: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    })
    .finally(() => rendering.delete(tag));
  rendering.set(tag, promise);
  return promise;
}

/**
 * The answer to a read of a private workspace dataset without a session: a page is sent to the
 * sign-in form, which comes back to it; anything else (a CSV, the API, a client navigation's
 * payload) gets 401. Nothing about the dataset is rendered.
 */
function signInFirst(
  request: Request,
  read: ReadRequest,
  headers: Headers,
  signInPath: ((next: string) => string) | undefined,
): Response {
  const url = new URL(request.url);
  if (read.kind === 'html' && signInPath) {
    const target = new URL(signInPath(url.pathname + url.search), url);
    headers.set('Location', target.toString());
    return new Response(null, { status: 307, headers });
  }
  headers.set('Content-Type', 'text/plain; charset=utf-8');
  return new Response(
    'Sign in first: this dataset is in the workspace, readable only when signed in (WORKSPACE_PRIVATE=1).\n',
    { status: 401, headers },
  );
}

/**
 * A read's answer. Private reads (a session, an editing page, a private workspace) get
 * `private, no-store` and nothing else. Public ones get the Cache-Control and, unless they read
 * the change record, an ETag (a document's with this response's nonce) over the build, the kind (a document's HTML, anything else a page
 * address answers, such as its RSC payload, or data), the day, every dataset's version and the canonical URL: a matching
 * If-None-Match answers 304 here, without rendering (a document's with the policy nonce of the
 * copy it names, returned as `nonce`). An HTML GET is then answered from the render cache, its
 * nonce replaced by `nonce`: the first request for a page goes to Next as usual ("pass"), the
 * second renders it once inside the server ("miss") and later ones are served from memory ("hit").
 */
export async function answerRead(
  request: Request,
  read: ReadRequest,
  nonce: string,
  ctx: ReadContext,
): Promise<ReadAnswer> {
  const catalogue = await ctx.catalogue();
  const audience = {
    session: read.session,
    editing: read.editing,
    // Sign-in, sign-out and the workspace's pages (lib/http/readRequest.ts, isPersonalPath).
    personal: read.personal,
    privateWorkspace:
      ctx.workspacePrivate &&
      read.datasetId !== undefined &&
      catalogue.homes.get(read.datasetId) === 'workspace',
  };
  const headers = new Headers({ 'Cache-Control': cacheControlFor(audience, ctx.cacheControl) });
  if (audience.privateWorkspace && !(await ctx.signedIn?.(request))) {
    return { response: signInFirst(request, read, headers, ctx.signInPath) };
  }
  if (isPrivateRead(audience) || !read.taggable) return { headers };
  const parts = [ctx.build, read.kind, ctx.today, catalogue.key, read.canonical];
  const tag = entityTag(parts);
  // A document's tag names this response's nonce; the cache key is the tag without it.
  const document = read.kind === 'html';
  headers.set('ETag', document ? entityTag(parts, nonce) : tag);
  const match = ifNoneMatch(request.headers.get('if-none-match'), tag);
  // A page's 304 repeats the policy of the browser's copy, so it needs that copy's nonce; a
  // validator without one (`*`, a tag from elsewhere) gets the page instead.
  if (match && (!document || match.nonce !== undefined)) {
    if (document) headers.set('ETag', entityTag(parts, match.nonce));
    return { response: new Response(null, { status: 304, headers }), nonce: match.nonce };
  }
  if (!document || request.method !== 'GET' || !ctx.cache || !ctx.render) {
    return { headers };
  }
  const cached = ctx.cache.get(tag);
  // The first request for a page after a new version goes to Next as it would without the cache
  // (streamed, no hop): the cold render is unchanged. The second renders it once for the cache.
  if (!cached && !rendering.has(tag) && ctx.cache.passes(tag)) {
    headers.set('X-Render-Cache', 'pass');
    return { headers };
  }
  const page = cached ?? (await renderOnce(tag, request, ctx.cache, ctx.render));
  // A redirect is left to Next (it answers one from the proxy only with an absolute Location,
  // and Next's own are relative): that render is wasted, but redirects are rare and cheap.
  if (!page || (page.status >= 300 && page.status < 400)) return { headers };
  // Next repeats the nonce in a Link preload header: it is replaced there too.
  const answer = new Headers(
    page.headers.map(([n, v]): [string, string] => [n, withNonce(v, page.nonce, nonce)]),
  );
  headers.forEach((value, name) => answer.set(name, value));
  answer.set('X-Render-Cache', cached ? 'hit' : 'miss');
  if (ctx.reportSize) {
    const { entries, bytes } = ctx.cache.stats();
    answer.set('X-Render-Cache-Size', `${entries} entries, ${bytes} bytes`);
  }
  return {
    response: new Response(bodyWithNonce(page, nonce), { status: page.status, headers: answer }),
  };
}
