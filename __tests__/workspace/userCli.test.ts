import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { SignInResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { ENGINES } from './support/engines';

const ROOT = path.resolve(__dirname, '../..');
const pglite = ENGINES.find((e) => e.name === 'pglite')!;
let env: Record<string, string>;

/** Runs `npm run user -- <args>` as a real process on the test workspace, `input` piped to it. */
function user(args: string[], input = '') {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'scripts/user.ts'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, ...env, DATABASE_URL: '' },
      input,
      encoding: 'utf8',
      timeout: 90_000,
    },
  );
  return { status: result.status, out: result.stdout, err: result.stderr };
}

beforeAll(async () => {
  env = await pglite.fresh();
}, 60_000);
afterAll(() => pglite.cleanup());

describe('npm run user', () => {
  test('adds the first admin with the password read from standard input, never printing it', () => {
    const added = user(['add', 'Chief@Example.org', '--role', 'admin'], 'a password long enough\n');
    expect(added.err).toBe('');
    expect(added.status).toBe(0);
    expect(added.out).toBe('added chief@example.org as admin (user 1)\n');
    expect(added.out + added.err).not.toContain('a password long enough');
    expect(user(['list']).out).toMatch(
      /^chief@example\.org {2}admin {2}added \d{4}-\d\d-\d\d by cli \(.+\)\n$/,
    );
  }, 120_000);

  test('refuses a short password, a duplicate, an unknown role and the last admin’s demotion, changing nothing', () => {
    const short = user(['add', 'coder@example.org', '--role', 'coder'], 'too short\n');
    expect(short.status).toBe(1);
    expect(short.err).toContain('must be at least 12 characters long (this one has 9)');
    expect(
      user(['add', 'coder@example.org', '--role', 'boss'], 'long enough password\n').err,
    ).toContain('--role must be one of viewer, coder, reviewer, admin');
    expect(user(['add', 'coder@example.org', '--role', 'coder']).err).toContain(
      'no password on standard input',
    );
    expect(
      user(['add', 'chief@example.org', '--role', 'coder'], 'long enough password\n').err,
    ).toBe('chief@example.org has an account already\n');
    expect(user(['role', 'chief@example.org', 'viewer']).err).toContain('only active admin');
    expect(user(['list']).out.split('\n').filter(Boolean)).toHaveLength(1);
  }, 120_000);

  test('role, disable and enable change the user, and the password it was given signs in', async () => {
    expect(
      user(['add', 'cora@example.org', '--role', 'coder'], 'cora has a long password\n').status,
    ).toBe(0);
    expect(user(['role', 'cora@example.org', 'reviewer']).out).toBe(
      'cora@example.org is now reviewer\n',
    );
    expect(user(['disable', 'cora@example.org']).out).toContain('disabled');
    expect(user(['list']).out).toContain('cora@example.org  reviewer  disabled');
    expect(user(['enable', 'cora@example.org']).out).toBe('cora@example.org is enabled\n');
    const { client } = await WorkerClient.start(env);
    try {
      const signed = await client.call<SignInResult>('signIn', {
        input: {
          email: 'cora@example.org',
          password: 'cora has a long password',
          address: '127.0.0.1',
        },
      });
      expect(signed).toMatchObject({ ok: true, user: { role: 'reviewer' } });
    } finally {
      await client.close();
    }
    expect(user(['remove', 'cora@example.org']).out).toBe('removed cora@example.org\n');
    expect(user(['remove', 'cora@example.org']).err).toBe('no user cora@example.org\n');
  }, 180_000);
});
