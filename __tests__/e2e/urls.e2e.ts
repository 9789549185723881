import { fuzzFamilies } from '@/scripts/fuzz/families';
import { answerProblems, securityHeaderProblems } from '@/scripts/fuzz/check';
import { rawGet } from './support/http';

// The fuzz script's fixed families against the production server: malformed escapes answer a
// plain 400, redirects carry the security headers, and nothing answers 5xx.
describe('malformed and odd addresses', () => {
  it.each(fuzzFamilies().map((f) => [f.name, f] as const))(
    '%s: expected status, the security headers, never 5xx',
    async (_name, family) => {
      const failures: string[] = [];
      for (const c of family.cases) {
        const res = await rawGet(c.path);
        const problems = answerProblems(c, res);
        if (problems.length > 0) failures.push(`${c.path.slice(0, 120)}: ${problems.join('; ')}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it.each(['/%zz', '/%ff%fe', '/%c0%ae', '/%', '/istanbul-2025/issues/%c0%ae'])(
    '%s answers a short plain-text 400',
    async (address) => {
      const res = await rawGet(address);
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(res.body.length).toBeLessThan(200);
      expect(res.body).toMatch(/^Bad request/);
      expect(securityHeaderProblems(res.headers)).toEqual([]);
    },
  );

  it('answers 400 to a malformed address sent as a link prefetch too', async () => {
    const prefetches: Record<string, string>[] = [
      { 'next-router-prefetch': '1', rsc: '1' },
      { purpose: 'prefetch' },
    ];
    for (const headers of prefetches) {
      const res = await rawGet('/istanbul-2025/%c0%ae', headers);
      expect([res.status, securityHeaderProblems(res.headers)]).toEqual([400, []]);
    }
  });

  it('redirects a trailing slash with the headers, the query kept, to this site only', async () => {
    const res = await rawGet('/istanbul-2025/matrix/?q=a%20b');
    expect(res.status).toBe(308);
    expect(res.headers.location).toBe('/istanbul-2025/matrix?q=a+b');
    expect(securityHeaderProblems(res.headers)).toEqual([]);
    expect(res.headers['strict-transport-security']).toBeUndefined(); // HSTS_MAX_AGE unset
  });

  it("leaves Next's own repeated-slash redirect on this site, and then adds the headers", async () => {
    const first = await rawGet('//evil.example/');
    expect([first.status, first.headers.location]).toEqual([308, '/evil.example/']);
    const second = await rawGet(first.headers.location!);
    expect([second.status, second.headers.location]).toEqual([308, '/evil.example']);
    expect(securityHeaderProblems(second.headers)).toEqual([]);
  });
});
