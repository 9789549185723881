import { configuredOrigins, crossOriginReason, ownOrigins } from '@/lib/auth/origin';

const URL_ = 'http://127.0.0.1:3000/api/workspace/users';
const h = (init: Record<string, string>) => new Headers(init);

describe('crossOriginReason', () => {
  test('reads (GET, HEAD, OPTIONS) are never refused', () => {
    expect(crossOriginReason('GET', URL_, h({ origin: 'https://evil.example' }))).toBeUndefined();
    expect(crossOriginReason('HEAD', URL_, h({ 'sec-fetch-site': 'cross-site' }))).toBeUndefined();
  });

  test('Origin decides when sent: this site goes on, another site (or "null") is refused', () => {
    expect(crossOriginReason('POST', URL_, h({ origin: 'http://127.0.0.1:3000' }))).toBeUndefined();
    expect(crossOriginReason('POST', URL_, h({ origin: 'https://evil.example' }))).toBe(
      'the request came from another origin (https://evil.example)',
    );
    expect(crossOriginReason('PATCH', URL_, h({ origin: 'null' }))).toContain(
      'another origin (null)',
    );
    expect(crossOriginReason('DELETE', URL_, h({ origin: 'http://127.0.0.1:3001' }))).toBeDefined();
    // Origin wins over fetch metadata that would let it through.
    expect(
      crossOriginReason(
        'POST',
        URL_,
        h({ origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' }),
      ),
    ).toBeDefined();
  });

  test('behind a proxy, the Host or X-Forwarded-Host with the forwarded scheme is this site', () => {
    const behind = { host: 'dash.example.org', 'x-forwarded-proto': 'https' };
    expect(
      crossOriginReason('POST', URL_, h({ ...behind, origin: 'https://dash.example.org' })),
    ).toBeUndefined();
    expect(
      crossOriginReason('POST', URL_, h({ ...behind, origin: 'http://dash.example.org' })),
    ).toBeDefined();
    expect(
      crossOriginReason(
        'POST',
        URL_,
        h({
          'x-forwarded-host': 'public.example.org',
          'x-forwarded-proto': 'https',
          origin: 'https://public.example.org',
        }),
      ),
    ).toBeUndefined();
    expect(
      crossOriginReason('POST', URL_, h({ origin: 'https://other.example' }), [
        'https://other.example/',
      ]),
    ).toBeUndefined();
  });

  test('without Origin: Sec-Fetch-Site cross-site or same-site refuses, so does a foreign Referer', () => {
    expect(crossOriginReason('POST', URL_, h({ 'sec-fetch-site': 'cross-site' }))).toContain(
      'cross-site',
    );
    expect(crossOriginReason('POST', URL_, h({ 'sec-fetch-site': 'same-site' }))).toContain(
      'same-site',
    );
    expect(crossOriginReason('POST', URL_, h({ 'sec-fetch-site': 'same-origin' }))).toBeUndefined();
    expect(crossOriginReason('POST', URL_, h({ referer: 'https://evil.example/page' }))).toContain(
      'evil.example',
    );
    expect(
      crossOriginReason('POST', URL_, h({ referer: 'http://127.0.0.1:3000/signin' })),
    ).toBeUndefined();
    expect(crossOriginReason('POST', URL_, h({ referer: 'not a url' }))).toBeDefined();
  });

  test('a request with none of them (curl, a script) goes on', () => {
    expect(crossOriginReason('POST', URL_, h({}))).toBeUndefined();
  });
});

describe('ownOrigins and configuredOrigins', () => {
  test('a bad Host or setting adds nothing', () => {
    expect([...ownOrigins(URL_, h({ host: 'bad host/x' }))]).toEqual(['http://127.0.0.1:3000']);
    expect(configuredOrigins(' https://a.example , ,https://b.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(configuredOrigins(undefined)).toEqual([]);
  });
});
