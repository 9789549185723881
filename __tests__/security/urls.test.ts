import { decodeSegmentStrictly, malformedSegment, trailingSlashTarget } from '@/lib/security/urls';

describe('decodeSegmentStrictly', () => {
  it.each([
    ['plain', 'istanbul-2025', 'istanbul-2025'],
    ['empty', '', ''],
    ['an escaped space', 'a%20b', 'a b'],
    ['two-byte UTF-8, either case', '%C3%A9%c3%a9', 'éé'],
    ['four-byte UTF-8', '%F0%9F%98%80', '😀'],
    ['an escaped percent sign', '100%25', '100%'],
    ['an encoded slash, left for routing to refuse', '..%2F', '../'],
    ['a raw character beside an escape', 'caf\u00e9%C3%A9', 'caf\u00e9\u00e9'],
  ])('decodes %s', (_name, segment, decoded) => {
    expect(decodeSegmentStrictly(segment)).toBe(decoded);
  });

  it.each([
    ['a lone %', '%'],
    ['a % at the end', 'abc%'],
    ['% with one hex digit', '%4'],
    ['% with non-hex digits', '%zz'],
    ['bytes that are never UTF-8', '%ff%fe'],
    ['an overlong dot (two bytes)', '%c0%ae'],
    ['an overlong dot (three bytes)', '%e0%80%ae'],
    ['an overlong dot (four bytes)', '%f0%80%80%ae'],
    ['an overlong DEL', '%c1%bf'],
    ['a lone continuation byte', '%80'],
    ['a truncated sequence', '%e2%82'],
    ['an encoded surrogate', '%ed%a0%80'],
    ['a code point past U+10FFFF', '%f4%90%80%80'],
    ['a raw character beside a bad escape', 'caf\u00e9%e9'],
  ])('refuses %s', (_name, segment) => {
    expect(decodeSegmentStrictly(segment)).toBeUndefined();
  });

  it('agrees with decodeURIComponent on every single escaped byte', () => {
    for (let byte = 0; byte < 256; byte += 1) {
      const segment = `%${byte.toString(16).padStart(2, '0')}`;
      let expected: string | undefined;
      try {
        expected = decodeURIComponent(segment);
      } catch {
        expected = undefined;
      }
      expect([segment, decodeSegmentStrictly(segment)]).toEqual([segment, expected]);
    }
  });
});

describe('malformedSegment', () => {
  it('is undefined for a well-encoded path', () => {
    expect(malformedSegment('/')).toBeUndefined();
    expect(malformedSegment('/istanbul-2025/matrix/ceasefire/ukraine')).toBeUndefined();
    expect(malformedSegment('/caf%C3%A9/%2e%2e')).toBeUndefined();
  });

  it.each([
    ['/%zz', '%zz'],
    ['/istanbul-2025/%', '%'],
    ['/istanbul-2025/issues/%c0%ae', '%c0%ae'],
    ['/istanbul-2025/matrix/ceasefire/%ff%fe', '%ff%fe'],
    ['/api/datasets/%e2%82/', '%e2%82'],
  ])('names the bad segment of %s', (pathname, segment) => {
    expect(malformedSegment(pathname)).toBe(segment);
  });
});

describe('trailingSlashTarget', () => {
  it('is undefined for the root and for paths without a trailing slash', () => {
    expect(trailingSlashTarget('/', '')).toBeUndefined();
    expect(trailingSlashTarget('/istanbul-2025', '?q=1')).toBeUndefined();
  });

  it('drops every trailing slash and keeps the query', () => {
    expect(trailingSlashTarget('/istanbul-2025/', '')).toBe('/istanbul-2025');
    expect(trailingSlashTarget('/istanbul-2025/matrix///', '?q=a%20b')).toBe(
      '/istanbul-2025/matrix?q=a%20b',
    );
  });

  it('never points at another host: leading slashes collapse to one', () => {
    expect(trailingSlashTarget('//evil.example/', '')).toBe('/evil.example');
    expect(trailingSlashTarget('///evil.example//', '')).toBe('/evil.example');
    expect(trailingSlashTarget('//', '')).toBe('/');
    expect(trailingSlashTarget('/\\evil.example/', '')).toBe('/evil.example');
  });
});
