import { clientAddress, limitedMessage, signInDecision, waitWords } from '@/lib/auth/rateLimit';

const MIN = 60_000;
const limits = { windowMs: 15 * MIN, perAccount: 5, perAddress: 20 };
const times = (n: number, from: number, step = MIN) =>
  Array.from({ length: n }, (_, i) => from + i * step);

describe('signInDecision', () => {
  test('no failures, or fewer than the limit: allowed', () => {
    expect(signInDecision({ account: [], address: [] }, 0, limits)).toEqual({ allowed: true });
    expect(signInDecision({ account: times(4, 0), address: times(4, 0) }, 5 * MIN, limits)).toEqual(
      { allowed: true },
    );
  });

  test('the fifth failure on an account refuses it until the oldest leaves the window', () => {
    expect(signInDecision({ account: times(5, 0), address: [] }, 5 * MIN, limits)).toEqual({
      allowed: false,
      scope: 'account',
      retryAfterSeconds: 10 * 60,
    });
    // At 15 minutes the first failure (at 0) is out: four remain.
    expect(signInDecision({ account: times(5, 0), address: [] }, 15 * MIN, limits)).toEqual({
      allowed: true,
    });
  });

  test('more than the limit: the wait is until the count drops below it', () => {
    const seven = times(7, 0);
    // Failures at 0..6 minutes: allowed again once 0, 1 and 2 are out, at 17 minutes.
    expect(signInDecision({ account: seven, address: [] }, 7 * MIN, limits)).toMatchObject({
      retryAfterSeconds: 10 * 60,
    });
  });

  test('the address limit counts every account; the longer wait names its scope', () => {
    const address = times(20, 0, 1000);
    expect(signInDecision({ account: [], address }, 20_000, limits)).toEqual({
      allowed: false,
      scope: 'address',
      retryAfterSeconds: 15 * 60 - 20,
    });
    expect(
      signInDecision({ account: times(5, 10 * MIN), address }, 14 * MIN, limits),
    ).toMatchObject({ scope: 'account' });
  });

  test('failures outside the window or in the future do not count; a wait is never 0 seconds', () => {
    expect(signInDecision({ account: times(5, -20 * MIN), address: [] }, 0, limits)).toEqual({
      allowed: true,
    });
    expect(signInDecision({ account: times(5, MIN), address: [] }, 0, limits)).toEqual({
      allowed: true,
    });
    expect(
      signInDecision({ account: times(5, 0, 1), address: [] }, 15 * MIN - 1, limits),
    ).toMatchObject({
      retryAfterSeconds: 1,
    });
  });
});

describe('limitedMessage and waitWords', () => {
  test('plain words with the wait', () => {
    expect(waitWords(1)).toBe('1 second');
    expect(waitWords(40)).toBe('40 seconds');
    expect(waitWords(60)).toBe('1 minute');
    expect(waitWords(61)).toBe('2 minutes');
    expect(limitedMessage({ scope: 'address', retryAfterSeconds: 900 })).toBe(
      'Too many failed sign-ins for this address. Try again in 15 minutes.',
    );
  });
});

describe('clientAddress', () => {
  test('the last X-Forwarded-For entry, else X-Real-IP, else unknown', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }))).toBe(
      '10.0.0.2',
    );
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1');
    expect(clientAddress(new Headers({ 'x-real-ip': '192.0.2.4' }))).toBe('192.0.2.4');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
