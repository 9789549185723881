import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';
import { answerProblems, isLoopback, securityHeaderProblems } from '@/scripts/fuzz/check';
import { answeredByNextAlone, fuzzFamilies, randomFamily } from '@/scripts/fuzz/families';

// What a production server sends (jest runs with NODE_ENV=test, which adds 'unsafe-eval').
const promised = (): Record<string, string> => ({
  ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key.toLowerCase(), value])),
  'content-security-policy': contentSecurityPolicy({ dev: false }),
});

describe('isLoopback', () => {
  it.each([
    'http://127.0.0.1:3000',
    'http://127.8.9.10',
    'http://localhost:1',
    'http://[::1]:3000',
  ])('accepts %s', (url) => expect(isLoopback(new URL(url))).toBe(true));

  it.each(['http://10.0.0.1', 'http://128.0.0.1', 'http://localhost.example', 'http://[::2]'])(
    'refuses %s',
    (url) => expect(isLoopback(new URL(url))).toBe(false),
  );
});

describe('securityHeaderProblems', () => {
  it('is empty for the promised headers, with or without a page nonce', () => {
    expect(securityHeaderProblems(promised())).toEqual([]);
    const page = {
      ...promised(),
      'content-security-policy': contentSecurityPolicy({ nonce: 'bm9uY2U=', dev: false }),
    };
    expect(securityHeaderProblems(page)).toEqual([]);
  });

  it('names each missing header and each changed value', () => {
    const headers: Record<string, string> = { ...promised(), 'x-frame-options': 'SAMEORIGIN' };
    delete headers['referrer-policy'];
    expect(securityHeaderProblems(headers)).toEqual([
      'no Referrer-Policy',
      'X-Frame-Options: SAMEORIGIN',
    ]);
  });

  it("refuses a policy with 'unsafe-eval' (a development server)", () => {
    const dev = { ...promised(), 'content-security-policy': contentSecurityPolicy({ dev: true }) };
    expect(securityHeaderProblems(dev)).toHaveLength(1);
  });
});

describe('answerProblems', () => {
  it('flags a 5xx, an unexpected status and a wrong Location', () => {
    expect(answerProblems({ path: '/x' }, { status: 500, headers: promised() })).toEqual([
      'status 500',
    ]);
    expect(
      answerProblems({ path: '/x', expect: [400] }, { status: 404, headers: promised() }),
    ).toEqual(['status 404, expected 400']);
    const redirect = { status: 308, headers: { ...promised(), location: '/y' } };
    expect(answerProblems({ path: '/x/', location: '/x' }, redirect)).toEqual([
      'Location /y, expected /x',
    ]);
  });

  it("does not ask Next's own slash redirect for headers, only for a 308", () => {
    expect(answerProblems({ path: '//x' }, { status: 308, headers: {} })).toEqual([]);
    expect(answerProblems({ path: '//x' }, { status: 200, headers: {} })).toEqual([
      'status 200, expected 308',
    ]);
  });
});

describe('answeredByNextAlone', () => {
  it('is true for a double slash or a backslash in the path, not in the query', () => {
    expect(answeredByNextAlone('//evil.example/')).toBe(true);
    expect(answeredByNextAlone('/a\\b')).toBe(true);
    expect(answeredByNextAlone('/a/b/')).toBe(false);
    expect(answeredByNextAlone('/a?next=//b')).toBe(false);
  });
});

describe('fuzzFamilies', () => {
  it('stays bounded and sends each address once per family', () => {
    const families = [...fuzzFamilies(), randomFamily(2000, 12)];
    const total = families.reduce((sum, f) => sum + f.cases.length, 0);
    expect(total).toBeLessThan(5000);
    for (const f of fuzzFamilies()) {
      expect([f.name, new Set(f.cases.map((c) => c.path)).size]).toEqual([f.name, f.cases.length]);
    }
  });

  it('replays the same random addresses for the same seed', () => {
    expect(randomFamily(50, 7).cases).toEqual(randomFamily(50, 7).cases);
    expect(randomFamily(50, 7).cases).not.toEqual(randomFamily(50, 8).cases);
  });
});
