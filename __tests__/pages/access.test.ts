import {
  auditLines,
  auditPager,
  formNotice,
  pageParam,
  roleChoices,
  userDoneWords,
} from '@/lib/pages/access';

describe('auditLines', () => {
  test('each action in words, with its details; who and what fall back to a dash', () => {
    const base = { at: '2026-05-16T09:05:00.000Z', actor: null, subject: null, address: null };
    const lines = auditLines([
      {
        ...base,
        id: 4,
        action: 'user.role',
        actor: 'ada@example.org',
        subject: 'cy@example.org',
        detail: { from: 'coder', to: 'reviewer' },
      },
      {
        ...base,
        id: 3,
        action: 'signin.failed',
        subject: 'cy@example.org',
        address: '192.0.2.1',
        detail: { why: 'wrong password' },
      },
      {
        ...base,
        id: 2,
        action: 'signin.limited',
        subject: 'cy@example.org',
        detail: { scope: 'account', retryAfterSeconds: 600 },
      },
      { ...base, id: 1, action: 'something.new', detail: {} },
    ]);
    const review = auditLines([
      {
        ...base,
        id: 5,
        action: 'review.challenged',
        actor: 'rita@example.org',
        subject: 'talks ukraine/ceasefire/r1',
        detail: { revision: 7 },
      },
    ])[0]!;
    expect([review.what, review.subject, review.details]).toEqual([
      'Cell challenged',
      'talks ukraine/ceasefire/r1',
      'revision 7',
    ]);
    expect(lines.map((l) => [l.when, l.what, l.who, l.subject, l.address, l.details])).toEqual([
      [
        '16 May 2026, 09:05 UTC',
        'Role changed',
        'ada@example.org',
        'cy@example.org',
        '—',
        'coder → reviewer',
      ],
      [
        '16 May 2026, 09:05 UTC',
        'Sign-in failed',
        '—',
        'cy@example.org',
        '192.0.2.1',
        'wrong password',
      ],
      [
        '16 May 2026, 09:05 UTC',
        'Sign-in refused: too many failures',
        '—',
        'cy@example.org',
        '—',
        'this account: 600 s to wait',
      ],
      ['16 May 2026, 09:05 UTC', 'something.new', '—', '—', '—', ''],
    ]);
  });
});

describe('auditPager and pageParam', () => {
  test('pages of 50: neighbours only inside the log', () => {
    expect(auditPager(1, 120, 50)).toEqual({
      page: 1,
      pages: 3,
      previous: undefined,
      next: 2,
      first: 1,
      last: 50,
      total: 120,
    });
    expect(auditPager(3, 120, 50)).toMatchObject({
      previous: 2,
      next: undefined,
      first: 101,
      last: 120,
    });
    expect(auditPager(1, 0, 50)).toMatchObject({ pages: 1, first: 0, last: 0, next: undefined });
    expect(auditPager(9, 120, 50)).toMatchObject({ previous: 3, next: undefined });
  });
  test('a page number is a whole number from 1, else 1', () => {
    expect(pageParam('3')).toBe(3);
    for (const bad of [undefined, '', '0', '-1', '1.5', 'x', '99999999999'])
      expect(pageParam(bad)).toBe(1);
    expect(pageParam(['2', '5'])).toBe(2);
  });
});

describe('formNotice and userDoneWords', () => {
  test('only known codes show, with fixed words beside their field', () => {
    expect(formNotice('credentials')).toEqual({
      field: 'password',
      words: 'That email and password do not match an active account.',
    });
    expect(formNotice('limited', '840')).toEqual({
      field: 'email',
      words: 'Too many failed sign-ins. Try again in 14 minutes.',
    });
    expect(formNotice('limited', 'soon')?.words).toBe('Too many failed sign-ins. Try again later.');
    expect(formNotice('<script>alert(1)</script>')).toBeUndefined();
    expect(formNotice('toString')).toBeUndefined();
    expect(formNotice(undefined)).toBeUndefined();
  });
  test('what was done names the user found on the page, or nothing', () => {
    expect(userDoneWords('added', 'ana@example.org')).toBe('Added ana@example.org.');
    expect(userDoneWords('disabled', 'ana@example.org')).toContain('sessions have ended');
    expect(userDoneWords('added', undefined)).toBeUndefined();
    expect(userDoneWords('hacked', 'ana@example.org')).toBeUndefined();
  });
  test('the roles, least first, each with what it may do', () => {
    expect(roleChoices().map((c) => c.role)).toEqual(['viewer', 'coder', 'reviewer', 'admin']);
  });
});
