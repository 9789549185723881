import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { cacheControlFor } from '@/lib/http/cacheControl';
import { answerRead, type ReadContext } from '@/lib/http/readAnswer';
import { classifyRead, isPersonalPath } from '@/lib/http/readRequest';
import { RenderCache } from '@/lib/http/renderCache';

const HTML = { accept: 'text/html', 'sec-fetch-dest': 'document' };

function context() {
  let renders = 0;
  const ctx: ReadContext = {
    catalogue: async () => ({ key: 'd@v1', homes: new Map([['d', 'folder']]) }),
    build: 'b1',
    today: '2026-12-03',
    workspacePrivate: false,
    cache: new RenderCache(1_000_000, 100),
    render: async () => {
      renders++;
      return new Response('<script nonce="n0">x()</script><h1>Page</h1>', {
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "script-src 'nonce-n0'",
        },
      });
    },
  };
  return { ctx, renders: () => renders };
}

async function ask(ctx: ReadContext, address: string, headers: Record<string, string> = {}) {
  const request = new Request(new URL(address, 'http://x'), { headers: { ...HTML, ...headers } });
  const read = classifyRead('GET', new URL(request.url), request.headers)!;
  return answerRead(request, read, 'fresh', ctx);
}

describe('isPersonalPath and classifyRead', () => {
  it('marks sign-in, sign-out, the workspace pages and actions as one person’s, naming no dataset', () => {
    for (const address of [
      '/signin',
      '/signin?error=credentials',
      '/signout',
      '/workspace',
      '/workspace/users',
      '/workspace/audit?page=2',
      '/api/workspace/session',
      '/api/workspace/users',
    ]) {
      const read = classifyRead('GET', new URL(address, 'http://x'), new Headers(HTML));
      expect(read).toMatchObject({ personal: true });
      expect(read?.datasetId).toBeUndefined();
    }
  });
  it('leaves dataset pages, the dataset API and the floor public', () => {
    expect(isPersonalPath(['d', 'matrix'])).toBe(false);
    expect(isPersonalPath(['api', 'datasets', 'd'])).toBe(false);
    expect(isPersonalPath(['floor'])).toBe(false);
    expect(isPersonalPath([])).toBe(false);
    expect(classifyRead('GET', new URL('http://x/d'), new Headers(HTML))?.personal).toBe(false);
  });
});

describe('cacheControlFor a personal page', () => {
  it('is private, no-store whatever CACHE_CONTROL says', () => {
    const audience = { session: false, editing: false, privateWorkspace: false, personal: true };
    expect(cacheControlFor(audience, 'public, max-age=600')).toBe('private, no-store');
  });
});

describe('answerRead for personal pages and session cookies', () => {
  it('answers /signin and /workspace/* private, no-store, with no tag and never from the render cache', async () => {
    const { ctx, renders } = context();
    for (const address of ['/signin', '/workspace', '/workspace/users', '/api/workspace/session']) {
      const answer = await ask(ctx, address);
      expect(answer.response).toBeUndefined();
      expect(answer.headers?.get('cache-control')).toBe('private, no-store');
      expect(answer.headers?.get('etag')).toBeNull();
    }
    expect(renders()).toBe(0);
    expect(ctx.cache!.stats().entries).toBe(0);
  });

  it('a request carrying the session cookie is never answered from the cache a public copy filled', async () => {
    const { ctx, renders } = context();
    // The first public request passes to Next, the second fills the cache, the third is a hit.
    expect((await ask(ctx, '/d')).headers?.get('x-render-cache')).toBe('pass');
    expect((await ask(ctx, '/d')).response?.headers.get('x-render-cache')).toBe('miss');
    expect((await ask(ctx, '/d')).response?.headers.get('x-render-cache')).toBe('hit');
    const signedIn = await ask(ctx, '/d', { cookie: `${SESSION_COOKIE}=abc` });
    expect(signedIn.response).toBeUndefined();
    expect(signedIn.headers?.get('cache-control')).toBe('private, no-store');
    expect(renders()).toBe(1);
    // Nor does it count towards filling the cache, or fill it.
    const fresh = context();
    for (let i = 0; i < 3; i++) await ask(fresh.ctx, '/d', { cookie: `${SESSION_COOKIE}=abc` });
    expect(fresh.renders()).toBe(0);
    expect(fresh.ctx.cache!.stats().entries).toBe(0);
  });
});
