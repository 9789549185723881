import {
  clearedSessionCookie,
  isSecureRequest,
  SESSION_COOKIE,
  sessionCookie,
  sessionTokenOf,
} from '@/lib/auth/cookie';
import { isWellFormedToken, newSessionToken, tokenHash } from '@/lib/auth/token';

describe('sessionCookie', () => {
  test('HttpOnly, SameSite=Lax, Path=/ and 14 days; Secure only over https', () => {
    expect(sessionCookie('abc', { secure: false })).toBe(
      `${SESSION_COOKIE}=abc; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax`,
    );
    expect(sessionCookie('abc', { secure: true })).toBe(
      `${SESSION_COOKIE}=abc; Path=/; Max-Age=1209600; HttpOnly; SameSite=Lax; Secure`,
    );
  });

  test('clearing it keeps the attributes with an empty value and Max-Age=0', () => {
    expect(clearedSessionCookie({ secure: true })).toBe(
      `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure`,
    );
  });
});

describe('isSecureRequest', () => {
  const h = (init: Record<string, string> = {}) => new Headers(init);
  test('the proxy’s X-Forwarded-Proto decides, else the URL', () => {
    expect(isSecureRequest('http://127.0.0.1:3000/x', h())).toBe(false);
    expect(isSecureRequest('https://example.org/x', h())).toBe(true);
    expect(isSecureRequest('http://127.0.0.1:3000/x', h({ 'x-forwarded-proto': 'https' }))).toBe(
      true,
    );
    expect(
      isSecureRequest('http://127.0.0.1:3000/x', h({ 'x-forwarded-proto': 'HTTPS, http' })),
    ).toBe(true);
    expect(isSecureRequest('https://example.org/x', h({ 'x-forwarded-proto': 'http' }))).toBe(
      false,
    );
  });
});

describe('sessionTokenOf', () => {
  test('finds the session cookie among others, or nothing', () => {
    expect(sessionTokenOf(`a=1; ${SESSION_COOKIE}=tok; b=2`)).toBe('tok');
    expect(sessionTokenOf(`${SESSION_COOKIE}=first; ${SESSION_COOKIE}=second`)).toBe('first');
    expect(sessionTokenOf(`${SESSION_COOKIE}=`)).toBeUndefined();
    expect(sessionTokenOf('other=1')).toBeUndefined();
    expect(sessionTokenOf(null)).toBeUndefined();
  });
});

describe('session tokens', () => {
  test('43 base64url characters, fresh each time; the stored form is their SHA-256', () => {
    const a = newSessionToken();
    expect(isWellFormedToken(a)).toBe(true);
    expect(newSessionToken()).not.toBe(a);
    expect(tokenHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(isWellFormedToken('short')).toBe(false);
    expect(isWellFormedToken(`${a.slice(0, 42)}=`)).toBe(false);
  });
});
