import { contentSecurityPolicy, securityHeaders } from '@/lib/security/headers';

const directives = (policy: string) =>
  new Map(
    policy.split('; ').map((d) => {
      const [name, ...values] = d.split(' ');
      return [name!, values] as const;
    }),
  );

describe('contentSecurityPolicy', () => {
  it('with a nonce, lets only scripts carrying it run, and no inline or eval', () => {
    const csp = directives(contentSecurityPolicy({ nonce: 'abc123', dev: false }));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
  });

  it('without a nonce, allows no inline script at all', () => {
    const csp = directives(contentSecurityPolicy({ dev: false }));
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' only in development, where React needs it", () => {
    expect(contentSecurityPolicy({ nonce: 'n', dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: 'n', dev: false })).not.toContain("'unsafe-eval'");
  });

  it('refuses framing, plugins, foreign bases and foreign form targets', () => {
    const csp = directives(contentSecurityPolicy({ dev: false }));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('securityHeaders', () => {
  it('sets the four headers every route needs, plus the legacy frame guard', () => {
    const headers = new Map(securityHeaders().map((h) => [h.key, h.value]));
    expect([...headers.keys()].sort()).toEqual([
      'Content-Security-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'X-Frame-Options',
    ]);
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Permissions-Policy')).toMatch(/camera=\(\).*microphone=\(\)/);
  });
});
