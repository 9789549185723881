import {
  contentSecurityPolicy,
  securityHeaders,
  strictTransportSecurity,
} from '@/lib/security/headers';

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

describe('strictTransportSecurity', () => {
  it('is not sent when HSTS_MAX_AGE is unset or empty, and says nothing', () => {
    const warn = jest.fn();
    expect(strictTransportSecurity(undefined, warn)).toBeUndefined();
    expect(strictTransportSecurity('', warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it('sends max-age in whole seconds with includeSubDomains', () => {
    const warn = jest.fn();
    expect(strictTransportSecurity('31536000', warn)).toBe('max-age=31536000; includeSubDomains');
    expect(strictTransportSecurity(' 600 ', warn)).toBe('max-age=600; includeSubDomains');
    expect(warn).not.toHaveBeenCalled();
  });

  it('sends max-age=0, which tells browsers to forget an earlier policy', () => {
    expect(strictTransportSecurity('0', jest.fn())).toBe('max-age=0; includeSubDomains');
  });

  it.each(['abc', '-1', '1.5', '1e6', '0x10', '600s', '99999999999999999999'])(
    'refuses %s: not sent, with one warning naming the value',
    (value) => {
      const warn = jest.fn();
      expect(strictTransportSecurity(value, warn)).toBeUndefined();
      expect(strictTransportSecurity(value, warn)).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toContain(`HSTS_MAX_AGE="${value}"`);
      expect(warn.mock.calls[0]![0]).toContain('not sent');
    },
  );
});
