import { decoyHash, hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe('hashPassword and verifyPassword', () => {
  test('a hash carries its parameters and a fresh salt, and verifies only its own password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  test('old parameters stay readable; composed and decomposed accents are one password', async () => {
    const stored = await hashPassword('caf\u00e9 au lait, please', FAST);
    expect(stored.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('cafe\u0301 au lait, please', stored)).toBe(true);
  });

  test('a malformed or tampered hash verifies nothing (and asks scrypt for no huge cost)', async () => {
    const stored = await hashPassword('correct horse battery', FAST);
    const parts = stored.split('$');
    expect(await verifyPassword('correct horse battery', 'plain text')).toBe(false);
    expect(await verifyPassword('correct horse battery', '')).toBe(false);
    for (const bad of [
      [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)],
      [...parts.slice(0, 1), '1000', ...parts.slice(2)],
      [...parts.slice(0, 5), 'c2hvcnQ='],
      ['bcrypt', ...parts.slice(1)],
    ])
      expect(await verifyPassword('correct horse battery', bad.join('$'))).toBe(false);
  });

  test('the decoy hash is made once and matches no guess', async () => {
    const decoy = await decoyHash();
    expect(await decoyHash()).toBe(decoy);
    expect(await verifyPassword('correct horse battery', decoy)).toBe(false);
  });
});

describe('passwordProblem', () => {
  test('12 characters at least, counted as people count them', () => {
    expect(passwordProblem('elevenchars')).toBe(
      'must be at least 12 characters long (this one has 11)',
    );
    expect(passwordProblem('twelve chars')).toBeUndefined();
    expect(passwordProblem('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toContain('has 11');
    expect(passwordProblem(' '.repeat(12))).toBe('must not be only spaces');
    expect(passwordProblem('x'.repeat(1025))).toBe('must be at most 1,024 characters long');
  });
});
