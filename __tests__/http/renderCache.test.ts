import { freshNonce, policyNonce, withNonce } from '@/lib/http/nonce';
import { RenderCache, renderCacheMegabytes, type CachedPage } from '@/lib/http/renderCache';

const page = (body: string): CachedPage => ({ status: 200, headers: [], body, nonce: 'n' });

describe('RenderCache', () => {
  it('evicts the least recently used page past its byte budget', () => {
    const cache = new RenderCache(200, 100);
    cache.set('a', page('x'.repeat(20)));
    cache.set('b', page('x'.repeat(20)));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    for (const key of 'cdefghijk') cache.set(key, page('x'.repeat(20)));
    expect(cache.stats()).toMatchObject({ bytes: 200, entries: 10 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });
  it('keeps at most maxEntries pages', () => {
    const cache = new RenderCache(1_000_000, 2);
    for (const key of ['a', 'b', 'c']) cache.set(key, page(key));
    expect(cache.stats().entries).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')?.body).toBe('c');
  });
  it('refuses a page over an eighth of the budget', () => {
    const cache = new RenderCache(800, 10);
    expect(cache.set('big', page('x'.repeat(101)))).toBe(false);
    expect(cache.stats().entries).toBe(0);
  });
  it('counts hits and misses, and replacing a key does not count it twice', () => {
    const cache = new RenderCache(1000, 10);
    cache.set('a', page('12345'));
    cache.set('a', page('12345'));
    expect(cache.stats().bytes).toBe(5);
    cache.get('a');
    cache.get('z');
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });
});

describe('renderCacheMegabytes', () => {
  it('defaults to 64, takes 0 as off, and ignores nonsense', () => {
    expect(renderCacheMegabytes(undefined)).toBe(64);
    expect(renderCacheMegabytes('0')).toBe(0);
    expect(renderCacheMegabytes('16')).toBe(16);
    expect(renderCacheMegabytes('lots')).toBe(64);
    expect(renderCacheMegabytes('-1')).toBe(64);
  });
});

describe('nonces', () => {
  it('are 32 hex digits, new every time', () => {
    const a = freshNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(freshNonce()).not.toBe(a);
  });
  it('are read from a policy', () => {
    expect(policyNonce("script-src 'self' 'nonce-abc123' 'strict-dynamic'")).toBe('abc123');
    expect(policyNonce("script-src 'self'")).toBeUndefined();
    expect(policyNonce(null)).toBeUndefined();
  });
  it('are replaced everywhere in a cached page', () => {
    const body = '<script nonce="old1">x</script>{"nonce":"old1"}<p>old</p>';
    expect(withNonce(body, 'old1', 'new2')).toBe(
      '<script nonce="new2">x</script>{"nonce":"new2"}<p>old</p>',
    );
    expect(withNonce(body, '', 'new2')).toBe(body);
  });
});

describe('RenderCache.passes', () => {
  const page = { status: 200, headers: [], body: 'x', nonce: 'n' };

  it('passes a key the first time only, and never once it is kept', () => {
    const cache = new RenderCache(1_000, 10);
    expect(cache.passes('a')).toBe(true);
    expect(cache.passes('a')).toBe(false);
    cache.set('a', page);
    expect(cache.passes('a')).toBe(false);
  });

  it('always passes a refused key, and forgets the oldest keys beyond four per entry', () => {
    const cache = new RenderCache(1_000, 1);
    cache.refuse('big');
    expect([cache.passes('big'), cache.passes('big')]).toEqual([true, true]);
    for (const key of ['k1', 'k2', 'k3', 'k4', 'k5']) expect(cache.passes(key)).toBe(true);
    // k1 was forgotten (the bound is 4 keys for 1 entry): it passes again; k5 does not.
    expect(cache.passes('k1')).toBe(true);
    expect(cache.passes('k5')).toBe(false);
  });
});
