import { canonicalUrl } from '@/lib/http/canonical';
import { entityTag, ifNoneMatch, ifNoneMatchHits } from '@/lib/http/etag';
import { cacheControlFor, PRIVATE_NO_STORE, PUBLIC_READ_CACHE } from '@/lib/http/cacheControl';
import { classifyRead } from '@/lib/http/readRequest';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const read = (address: string, headers: Record<string, string> = HTML, method = 'GET') =>
  classifyRead(method, new URL(address, 'http://x'), new Headers(headers));

describe('canonicalUrl', () => {
  it('sorts parameters by name and keeps repeated names in order', () => {
    const q = new URLSearchParams('sort=gap&parties=b&round=2&parties=a');
    expect(canonicalUrl('/d/matrix', q)).toBe('/d/matrix?parties=b&parties=a&round=2&sort=gap');
  });
  it('drops only Next’s _rsc, and keeps parameters nobody listed (orient, whatif)', () => {
    const q = new URLSearchParams('_rsc=1x2&whatif=s1&orient=ukraine');
    expect(canonicalUrl('/d', q)).toBe('/d?orient=ukraine&whatif=s1');
  });
  it('is the bare path with no query', () => {
    expect(canonicalUrl('/d', new URLSearchParams())).toBe('/d');
  });
});

describe('entityTag', () => {
  const parts = ['build', 'html', '2026-12-02', 'd@v1', '/d'];
  it('is weak and stable for the same parts', () => {
    expect(entityTag(parts)).toMatch(/^W\/"[\w-]{27}"$/);
    expect(entityTag(parts)).toBe(entityTag([...parts]));
  });
  it('changes with the version, the view state and the kind', () => {
    const tag = entityTag(parts);
    expect(entityTag(['build', 'html', '2026-12-02', 'd@v2', '/d'])).not.toBe(tag);
    expect(entityTag(['build', 'html', '2026-12-02', 'd@v1', '/d?round=2'])).not.toBe(tag);
    expect(entityTag(['build', 'rsc', '2026-12-02', 'd@v1', '/d'])).not.toBe(tag);
  });
  it('does not run parts together (ab|c is not a|bc)', () => {
    expect(entityTag(['ab', 'c'])).not.toBe(entityTag(['a', 'bc']));
  });
});

describe('ifNoneMatch', () => {
  const parts = ['build', 'html', '/d'];
  it('matches a page’s tag whatever its nonce, and hands back the nonce the client holds', () => {
    const sent = entityTag(parts, 'abc123');
    expect(sent).toMatch(/^W\/"[\w-]{27}\.abc123"$/);
    expect(ifNoneMatch(sent, entityTag(parts))).toEqual({ nonce: 'abc123' });
    expect(ifNoneMatch(entityTag(parts, 'other'), entityTag(parts, 'mine'))).toEqual({
      nonce: 'other',
    });
  });
  it('gives no nonce for *, a tag without one, or one a policy could not carry', () => {
    expect(ifNoneMatch('*', entityTag(parts))).toEqual({});
    expect(ifNoneMatch(entityTag(parts), entityTag(parts))).toEqual({});
    const hostile = entityTag(parts).replace(/"$/, '.a\';script-src *"');
    expect(ifNoneMatch(hostile, entityTag(parts))).toBeUndefined();
  });
});

describe('ifNoneMatchHits', () => {
  const tag = 'W/"abc"';
  it('matches the tag, its strong form, a list holding it, and *', () => {
    expect(ifNoneMatchHits('W/"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('"abc"', tag)).toBe(true);
    expect(ifNoneMatchHits('"x", W/"abc" ', tag)).toBe(true);
    expect(ifNoneMatchHits('*', tag)).toBe(true);
  });
  it('misses another tag, an empty header and none', () => {
    expect(ifNoneMatchHits('W/"abd"', tag)).toBe(false);
    expect(ifNoneMatchHits('', tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
  });
});

describe('cacheControlFor', () => {
  const open = { session: false, editing: false, privateWorkspace: false };
  it('is public by default, or CACHE_CONTROL when set', () => {
    expect(cacheControlFor(open, undefined)).toBe(PUBLIC_READ_CACHE);
    expect(PUBLIC_READ_CACHE).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    expect(cacheControlFor(open, ' public, s-maxage=300 ')).toBe('public, s-maxage=300');
  });
  it('ignores an empty CACHE_CONTROL or one a header cannot carry', () => {
    expect(cacheControlFor(open, '  ')).toBe(PUBLIC_READ_CACHE);
    expect(cacheControlFor(open, 'public\r\nX-Evil: 1')).toBe(PUBLIC_READ_CACHE);
  });
  it('is private, no-store for a session, an editing page or a private workspace, whatever CACHE_CONTROL says', () => {
    for (const audience of [
      { ...open, session: true },
      { ...open, editing: true },
      { ...open, privateWorkspace: true },
    ]) {
      expect(cacheControlFor(audience, 'public, s-maxage=300')).toBe(PRIVATE_NO_STORE);
    }
  });
});

describe('classifyRead', () => {
  it('tells a document’s HTML from a client navigation’s payload, and data from both', () => {
    expect(read('/d/matrix')?.kind).toBe('html');
    expect(read('/d/matrix', { 'sec-fetch-dest': 'document', accept: '*/*' })?.kind).toBe('html');
    // Next's router fetches the RSC payload: Sec-Fetch-Dest empty, Accept */*.
    expect(read('/d/matrix', { 'sec-fetch-dest': 'empty', accept: '*/*' })?.kind).toBe('other');
    expect(read('/d/matrix', { accept: '*/*' })?.kind).toBe('other');
    expect(read('/d/matrix', { ...HTML, rsc: '1' })?.kind).toBe('other');
    expect(read('/d/matrix.csv')?.kind).toBe('data');
    expect(read('/api/datasets/d')?.kind).toBe('data');
  });
  it('names the dataset of a page, a CSV and the API', () => {
    expect(read('/d/issues/x')?.datasetId).toBe('d');
    expect(read('/api/datasets/d')?.datasetId).toBe('d');
    expect(read('/floor')?.datasetId).toBeUndefined();
    expect(read('/')?.datasetId).toBeUndefined();
  });
  it('is no read for other methods, Next’s files and static files', () => {
    expect(read('/d', HTML, 'POST')).toBeUndefined();
    expect(read('/_next/static/chunks/a.js')).toBeUndefined();
    expect(read('/icon.svg')).toBeUndefined();
    expect(read('/bench/static.html')).toBeUndefined();
  });
  it('marks sessions and editing pages', () => {
    expect(read('/d', { ...HTML, cookie: 'a=b' })?.session).toBe(true);
    expect(read('/d', { ...HTML, authorization: 'Bearer x' })?.session).toBe(true);
    expect(read('/d')?.session).toBe(false);
    expect(read('/d/edit')?.editing).toBe(true);
  });
  it('gives no validator to answers that read the change record', () => {
    expect(read('/d/changes')?.taggable).toBe(false);
    expect(read('/d/changes.csv')?.taggable).toBe(false);
    expect(read('/d/brief?since=2025-05-01')?.taggable).toBe(false);
    expect(read('/d/brief')?.taggable).toBe(true);
  });
});
