import { answerRead, type ReadContext } from '@/lib/http/readAnswer';
import { classifyRead } from '@/lib/http/readRequest';
import { RenderCache } from '@/lib/http/renderCache';

/** A page as the server renders it: its nonce in the policy, the markup and a preload header. */
function rendered(nonce: string, text = 'Overview', status = 200): Response {
  return new Response(`<script nonce="${nonce}">boot()</script><h1>${text}</h1>`, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
      link: `</a.css>; rel=preload; as="style"; nonce="${nonce}"`,
      vary: 'rsc',
    },
  });
}

function context(overrides: Partial<ReadContext> = {}) {
  let version = 'v1';
  let renders = 0;
  const ctx: ReadContext = {
    catalogue: async () => ({
      key: `d@${version}`,
      homes: new Map([
        ['d', 'folder'],
        ['w', 'workspace'],
      ]),
    }),
    build: 'b1',
    today: '2026-12-02',
    workspacePrivate: false,
    cache: new RenderCache(1_000_000, 100),
    render: async () => rendered(`throwaway${++renders}`),
    ...overrides,
  };
  return {
    ctx,
    renders: () => renders,
    setVersion: (v: string) => (version = v),
  };
}

async function ask(
  ctx: ReadContext,
  address: string,
  headers: Record<string, string> = {},
  nonce = 'fresh',
) {
  const request = new Request(new URL(address, 'http://x'), {
    headers: { accept: 'text/html', ...headers },
  });
  const read = classifyRead('GET', new URL(request.url), request.headers)!;
  return answerRead(request, read, nonce, ctx);
}

const tagOf = (a: Awaited<ReturnType<typeof ask>>) =>
  (a.response?.headers ?? a.headers!).get('etag');

describe('answerRead', () => {
  it('answers a matching If-None-Match with 304 and renders nothing', async () => {
    const { ctx, renders } = context();
    const first = await ask(ctx, '/d');
    const tag = tagOf(first)!;
    const before = renders();
    const again = await ask(ctx, '/d', { 'if-none-match': tag });
    expect(again.response?.status).toBe(304);
    expect(await again.response?.text()).toBe('');
    expect(renders()).toBe(before);
  });

  it('names the response’s nonce in a page’s tag, and answers 304 with the nonce of the copy held', async () => {
    const { ctx } = context();
    const first = await ask(ctx, '/d', {}, 'nonce1');
    const tag = tagOf(first)!;
    expect(tag).toMatch(/\.nonce1"$/);
    const again = await ask(ctx, '/d', { 'if-none-match': tag }, 'nonce2');
    expect(again.response?.status).toBe(304);
    expect(again.nonce).toBe('nonce1');
    expect(again.response?.headers.get('etag')).toBe(tag);
    // `*` names no copy: a page gets the page, data gets its 304.
    expect((await ask(ctx, '/d', { 'if-none-match': '*' })).response?.status).toBe(200);
    const csv = await ask(ctx, '/d/matrix.csv', { 'if-none-match': '*' });
    expect(csv.response?.status).toBe(304);
    expect(csv.nonce).toBeUndefined();
  });

  it('changes the tag with the version and with the view state', async () => {
    const { ctx, setVersion } = context();
    const v1 = tagOf(await ask(ctx, '/d'));
    const view = tagOf(await ask(ctx, '/d?round=2'));
    setVersion('v2');
    const v2 = tagOf(await ask(ctx, '/d'));
    expect(new Set([v1, view, v2]).size).toBe(3);
    // The old tag no longer answers 304.
    expect((await ask(ctx, '/d', { 'if-none-match': v1! })).response?.status).toBe(200);
  });

  it('leaves the first request for a page to Next, renders the second for the cache, serves the third from it', async () => {
    const { ctx, renders } = context();
    const passed = await ask(ctx, '/d', {}, 'zeroth');
    expect(passed.response).toBeUndefined();
    expect(passed.headers?.get('x-render-cache')).toBe('pass');
    expect(passed.headers?.get('etag')).toMatch(/\.zeroth"$/);
    expect(renders()).toBe(0);
    // The second request renders it once for the cache; the third is served from it.
    const first = await ask(ctx, '/d', {}, 'first');
    const second = await ask(ctx, '/d', {}, 'second');
    expect(renders()).toBe(1);
    expect(first.response?.headers.get('x-render-cache')).toBe('miss');
    expect(second.response?.headers.get('x-render-cache')).toBe('hit');
    const a = await first.response!.text();
    const b = await second.response!.text();
    expect(a).toBe('<script nonce="first">boot()</script><h1>Overview</h1>');
    expect(b).toBe('<script nonce="second">boot()</script><h1>Overview</h1>');
    expect(second.response?.headers.get('link')).toContain('nonce="second"');
    // The policy is the proxy's to set, with the same fresh nonce: the cached one is not repeated.
    expect(second.response?.headers.get('content-security-policy')).toBeNull();
    expect(second.response?.headers.get('vary')).toBe('rsc');
  });

  it('renders once for requests that arrive together', async () => {
    const { ctx, renders } = context();
    const answers = await Promise.all([ask(ctx, '/d'), ask(ctx, '/d'), ask(ctx, '/d')]);
    expect(renders()).toBe(1);
    // The first went to Next; the others shared one render.
    expect(answers.map((a) => a.response?.headers.get('x-render-cache') ?? 'pass')).toEqual([
      'pass',
      'miss',
      'miss',
    ]);
  });

  it('passes a new page again after a new version', async () => {
    const { ctx, setVersion } = context();
    await ask(ctx, '/d');
    await ask(ctx, '/d');
    expect((await ask(ctx, '/d')).response?.headers.get('x-render-cache')).toBe('hit');
    setVersion('v2');
    expect((await ask(ctx, '/d')).headers?.get('x-render-cache')).toBe('pass');
  });

  it('never answers a client navigation, a HEAD or a CSV from the cache', async () => {
    const { ctx, renders } = context();
    const rsc = await ask(ctx, '/d', { 'sec-fetch-dest': 'empty', accept: '*/*' });
    expect(rsc.response).toBeUndefined();
    expect(rsc.headers?.get('etag')).not.toBe(tagOf(await ask(ctx, '/d')));
    expect((await ask(ctx, '/d/matrix.csv')).response).toBeUndefined();
    const head = new Request('http://x/d', { method: 'HEAD', headers: { accept: 'text/html' } });
    const read = classifyRead('HEAD', new URL(head.url), head.headers)!;
    expect((await answerRead(head, read, 'n', ctx)).response).toBeUndefined();
    expect(renders()).toBe(0);
  });

  it('keeps no page that is not a 200', async () => {
    let renders = 0;
    const { ctx } = context({
      render: async () => ((renders += 1), rendered('t', 'Not found', 404)),
    });
    await ask(ctx, '/d/nope');
    const second = await ask(ctx, '/d/nope');
    expect(second.response?.status).toBe(404);
    expect(await second.response?.text()).toContain('nonce="fresh"');
    expect(ctx.cache?.stats().entries).toBe(0);
    // Not kept, so not rendered for the cache again: later requests go to Next.
    expect((await ask(ctx, '/d/nope')).headers?.get('x-render-cache')).toBe('pass');
    expect(renders).toBe(1);
  });

  it('leaves a redirect to Next', async () => {
    const moved = new Response(null, { status: 307, headers: { location: '/d?round=2' } });
    const { ctx } = context({ render: async () => moved });
    await ask(ctx, '/d?round=2&q=');
    const answer = await ask(ctx, '/d?round=2&q=');
    expect(answer.response).toBeUndefined();
    expect(answer.headers?.get('etag')).toBeTruthy();
  });

  it('lets the request through when the render fails', async () => {
    const { ctx } = context({ render: async () => Promise.reject(new Error('down')) });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    await ask(ctx, '/d');
    const answer = await ask(ctx, '/d');
    expect(answer.response).toBeUndefined();
    expect(answer.headers?.get('etag')).toBeTruthy();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/down/));
    warn.mockRestore();
  });

  it('makes a session private: no tag, no cache', async () => {
    const { ctx, renders } = context();
    const answer = await ask(ctx, '/d', { cookie: 's=1' });
    expect(answer.response).toBeUndefined();
    expect(answer.headers?.get('cache-control')).toBe('private, no-store');
    expect(answer.headers?.get('etag')).toBeNull();
    expect(renders()).toBe(0);
  });

  it('keeps workspace datasets public unless WORKSPACE_PRIVATE=1', async () => {
    const open = context();
    // Signed in: readable, but private. (Without a session, see below.)
    const shut = context({ workspacePrivate: true, signedIn: async () => true });
    expect(tagOf(await ask(open.ctx, '/w'))).toBeTruthy();
    const w = await ask(shut.ctx, '/w');
    expect(w.headers?.get('cache-control')).toBe('private, no-store');
    expect(w.headers?.get('etag')).toBeNull();
    const api = await ask(shut.ctx, '/api/datasets/w');
    expect(api.headers?.get('cache-control')).toBe('private, no-store');
    // Folder datasets stay public either way.
    const folder = await ask(shut.ctx, '/d');
    expect(folder.headers?.get('cache-control')).toMatch(/^public/);
  });

  it('sends a page of a private workspace dataset to sign-in, and answers its CSV and API 401, without a session', async () => {
    const shut = context({
      workspacePrivate: true,
      signedIn: async () => false,
      signInPath: (next) => `/signin?next=${encodeURIComponent(next)}`,
    });
    const page = await ask(shut.ctx, '/w/matrix?round=2');
    expect(page.response?.status).toBe(307);
    expect(page.response?.headers.get('location')).toBe(
      'http://x/signin?next=%2Fw%2Fmatrix%3Fround%3D2',
    );
    expect(page.response?.headers.get('cache-control')).toBe('private, no-store');
    for (const address of ['/w/matrix.csv', '/api/datasets/w']) {
      const data = await ask(shut.ctx, address);
      expect([address, data.response?.status]).toEqual([address, 401]);
      expect(await data.response?.text()).toMatch(/Sign in first/);
    }
    expect(shut.renders()).toBe(0);
    // A folder dataset is read by anyone, as before.
    expect((await ask(shut.ctx, '/d')).response?.status ?? 200).toBe(200);
  });

  it('lets a signed-in request read a private workspace dataset, private and uncached', async () => {
    const shut = context({ workspacePrivate: true, signedIn: async () => true });
    const w = await ask(shut.ctx, '/w', { cookie: 'np_session=t' });
    expect(w.response).toBeUndefined();
    expect(w.headers?.get('cache-control')).toBe('private, no-store');
    expect(shut.renders()).toBe(0);
  });
});
