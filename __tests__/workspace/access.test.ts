import type {
  AuditRow,
  SessionUser,
  SignInResult,
  UserResult,
  WorkspaceUser,
} from '@/lib/data/workspace';
import type { SaveResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES } from './support/engines';

const cli = { name: 'cli (test)' };
const admin = { name: 'ada@example.org', address: '10.0.0.1' };
const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-05-16T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000).toISOString();

for (const engine of ENGINES) {
  describeEngine(engine)(`people and access on ${engine.name}`, () => {
    let ws: WorkerClient;

    const createUser = (email: string, role: string, password = PASSWORD) =>
      ws.call<UserResult>('createUser', { input: { email, role, password }, actor: cli });
    const signIn = (email: string, password: string, now: string, address = '192.0.2.1') =>
      ws.call<SignInResult>('signIn', { input: { email, password, address }, now });
    const audit = async () =>
      (await ws.call<{ rows: AuditRow[]; total: number }>('audit', { size: 500 })).rows;

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('creates a user (email normalised, no hash handed out) and refuses a duplicate email', async () => {
      const made = await createUser('  Ada@Example.org ', 'admin');
      expect(made).toEqual({
        ok: true,
        user: expect.objectContaining({
          email: 'ada@example.org',
          role: 'admin',
          disabled: false,
          createdBy: 'cli (test)',
        }),
      });
      expect(JSON.stringify(made)).not.toContain('scrypt');
      const again = await createUser('ADA@example.org', 'viewer');
      expect(again).toEqual({
        ok: false,
        status: 409,
        problems: [{ path: 'email', message: 'ada@example.org has an account already' }],
      });
      const short = await createUser('bob@example.org', 'coder', 'too short');
      expect(short).toMatchObject({ ok: false, status: 400, problems: [{ path: 'password' }] });
      expect((await ws.call<WorkspaceUser[]>('listUsers')).map((u) => u.email)).toEqual([
        'ada@example.org',
      ]);
      const stored = await ws.call<{ password_hash: string }[]>('sql', {
        text: "SELECT password_hash FROM workspace_users WHERE email = 'ada@example.org'",
      });
      expect(stored[0]!.password_hash).toMatch(
        /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/,
      );
      expect(stored[0]!.password_hash).not.toContain(PASSWORD);
    });

    test('signs in with the right password (only the token hash is stored) and not with a wrong one', async () => {
      const bad = await signIn('ada@example.org', 'wrong password!!', at(0));
      expect(bad).toEqual({
        ok: false,
        reason: 'credentials',
        message: expect.stringContaining('do not match'),
      });
      const unknown = await signIn('nobody@example.org', PASSWORD, at(0));
      expect(unknown).toEqual(bad);
      const good = await signIn('ADA@example.org', PASSWORD, at(1));
      expect(good).toMatchObject({ ok: true, user: { email: 'ada@example.org', role: 'admin' } });
      if (!good.ok) throw new Error('no session');
      expect(good.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(good.expiresAt).toBe(new Date(T0.getTime() + 60_000 + 14 * 86_400_000).toISOString());
      const rows = await ws.call<{ token_hash: string }[]>('sql', {
        text: 'SELECT token_hash FROM workspace_sessions',
      });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(rows[0]!.token_hash).not.toContain(good.token);
      const log = await audit();
      expect(
        log.slice(0, 3).map((r) => [r.action, r.actor, r.subject, r.address, r.detail.why]),
      ).toEqual([
        ['signin', 'ada@example.org', 'ada@example.org', '192.0.2.1', undefined],
        ['signin.failed', null, 'nobody@example.org', '192.0.2.1', 'no such account'],
        ['signin.failed', null, 'ada@example.org', '192.0.2.1', 'wrong password'],
      ]);
    });

    test('looks a session up, lets it expire after 14 days (row deleted), and signing out deletes it', async () => {
      const good = await signIn('ada@example.org', PASSWORD, at(2));
      if (!good.ok) throw new Error('no session');
      const found = await ws.call<SessionUser | null>('sessionUser', {
        token: good.token,
        now: at(3),
      });
      expect(found).toMatchObject({ user: { email: 'ada@example.org', role: 'admin' } });
      expect(await ws.call('sessionUser', { token: 'x'.repeat(43), now: at(3) })).toBeNull();
      expect(await ws.call('sessionUser', { token: 'not a token', now: at(3) })).toBeNull();
      const later = at(2 + 14 * 24 * 60);
      expect(await ws.call('sessionUser', { token: good.token, now: later })).toBeNull();
      const count = async () =>
        Number(
          (
            await ws.call<{ n: string }[]>('sql', {
              text: 'SELECT count(*) AS n FROM workspace_sessions',
            })
          )[0]!.n,
        );
      const before = await count();
      const other = await signIn('ada@example.org', PASSWORD, at(4));
      if (!other.ok) throw new Error('no session');
      expect(await count()).toBe(before + 1);
      expect(await ws.call('signOut', { token: other.token, address: '192.0.2.9' })).toBe(true);
      expect(await count()).toBe(before);
      expect(await ws.call('sessionUser', { token: other.token, now: at(5) })).toBeNull();
      expect(await ws.call('signOut', { token: other.token })).toBe(false);
      expect((await audit())[0]).toMatchObject({
        action: 'signout',
        actor: 'ada@example.org',
        address: '192.0.2.9',
      });
    });

    test('after 5 failures in 15 minutes the account is refused (even with the right password) until the window passes', async () => {
      await createUser('cody@example.org', 'coder');
      for (let i = 0; i < 5; i++)
        expect(await signIn('cody@example.org', `wrong password ${i}`, at(10 + i))).toMatchObject({
          reason: 'credentials',
        });
      const limited = await signIn('cody@example.org', PASSWORD, at(15));
      // The oldest failure (minute 10) leaves the window at minute 25: 10 minutes from minute 15.
      expect(limited).toEqual({
        ok: false,
        reason: 'limited',
        scope: 'account',
        retryAfterSeconds: 600,
        message: 'Too many failed sign-ins for this account. Try again in 10 minutes.',
      });
      expect((await audit())[0]).toMatchObject({
        action: 'signin.limited',
        subject: 'cody@example.org',
        detail: { scope: 'account' },
      });
      // Another account from another address is not affected.
      expect(await signIn('ada@example.org', PASSWORD, at(15), '198.51.100.7')).toMatchObject({
        ok: true,
      });
      // Refusals are not failures: at minute 25 one failure has left the window and one try is allowed.
      expect(await signIn('cody@example.org', PASSWORD, at(25))).toMatchObject({
        ok: true,
        user: { email: 'cody@example.org' },
      });
      // A success starts the account's count again.
      expect(await signIn('cody@example.org', 'wrong again!!', at(26))).toMatchObject({
        reason: 'credentials',
      });
      expect(await signIn('cody@example.org', PASSWORD, at(27))).toMatchObject({ ok: true });
    });

    test('after 20 failures from one address every account is refused from it, not from elsewhere', async () => {
      for (let i = 0; i < 20; i++)
        await signIn(`guess${i}@example.org`, 'whatever password', at(100), '203.0.113.5');
      expect(await signIn('ada@example.org', PASSWORD, at(101), '203.0.113.5')).toMatchObject({
        ok: false,
        reason: 'limited',
        scope: 'address',
        retryAfterSeconds: 14 * 60,
      });
      expect(await signIn('ada@example.org', PASSWORD, at(101), '203.0.113.6')).toMatchObject({
        ok: true,
      });
      expect(await signIn('ada@example.org', PASSWORD, at(116), '203.0.113.5')).toMatchObject({
        ok: true,
      });
    });

    test('role changes apply to the next lookup; disabling ends sessions and refuses sign-in; the last admin stays', async () => {
      const session = await signIn('cody@example.org', PASSWORD, at(200));
      if (!session.ok) throw new Error('no session');
      const promoted = await ws.call<UserResult>('changeUser', {
        key: 'cody@example.org',
        change: { role: 'reviewer' },
        actor: admin,
      });
      expect(promoted).toMatchObject({ ok: true, user: { role: 'reviewer' } });
      expect(await ws.call('sessionUser', { token: session.token, now: at(201) })).toMatchObject({
        user: { role: 'reviewer' },
      });
      const id = promoted.ok ? promoted.user.id : 0;
      const disabled = await ws.call<UserResult>('changeUser', {
        key: String(id),
        change: { disabled: true },
        actor: admin,
      });
      expect(disabled).toMatchObject({ ok: true, user: { disabled: true } });
      expect(await ws.call('sessionCount', { userId: id })).toBe(0);
      expect(await ws.call('sessionUser', { token: session.token, now: at(202) })).toBeNull();
      expect(await signIn('cody@example.org', PASSWORD, at(203))).toMatchObject({
        ok: false,
        reason: 'credentials',
      });
      expect(
        (await audit()).slice(0, 3).map((r) => [r.action, r.actor, r.subject, r.detail]),
      ).toEqual([
        ['signin.failed', null, 'cody@example.org', { why: 'account disabled' }],
        ['user.disabled', 'ada@example.org', 'cody@example.org', {}],
        ['user.role', 'ada@example.org', 'cody@example.org', { from: 'coder', to: 'reviewer' }],
      ]);
      expect(
        await ws.call('changeUser', {
          key: 'cody@example.org',
          change: { disabled: false },
          actor: admin,
        }),
      ).toMatchObject({
        ok: true,
        user: { disabled: false },
      });
      expect(await signIn('cody@example.org', PASSWORD, at(204))).toMatchObject({ ok: true });

      const lastAdmin = await ws.call<UserResult>('changeUser', {
        key: 'ada@example.org',
        change: { role: 'coder' },
        actor: admin,
      });
      expect(lastAdmin).toMatchObject({
        ok: false,
        status: 409,
        problems: [{ path: 'role', message: expect.stringContaining('only active admin') }],
      });
      expect(await ws.call('removeUser', { key: 'ada@example.org', actor: cli })).toMatchObject({
        ok: false,
        status: 409,
      });
      expect(
        await ws.call('changeUser', {
          key: 'nobody@example.org',
          change: { role: 'coder' },
          actor: admin,
        }),
      ).toMatchObject({ ok: false, status: 404 });
    });

    test('a new password ends sessions; removing a user deletes them and is audited', async () => {
      await createUser('vera@example.org', 'viewer');
      const s = await signIn('vera@example.org', PASSWORD, at(300));
      if (!s.ok) throw new Error('no session');
      expect(
        await ws.call('setPassword', {
          key: 'vera@example.org',
          password: 'another long password',
          actor: cli,
        }),
      ).toMatchObject({ ok: true });
      expect(await ws.call('sessionUser', { token: s.token, now: at(301) })).toBeNull();
      expect(await signIn('vera@example.org', 'another long password', at(302))).toMatchObject({
        ok: true,
      });
      expect(await ws.call('removeUser', { key: 'vera@example.org', actor: cli })).toMatchObject({
        ok: true,
      });
      expect((await ws.call<WorkspaceUser[]>('listUsers')).map((u) => u.email)).not.toContain(
        'vera@example.org',
      );
      expect((await audit())[0]).toMatchObject({
        action: 'user.removed',
        actor: 'cli (test)',
        subject: 'vera@example.org',
      });
    });

    test('the audit log pages newest first', async () => {
      const all = await ws.call<{ rows: AuditRow[]; total: number }>('audit', { size: 500 });
      const first = await ws.call<{ rows: AuditRow[]; total: number }>('audit', {
        page: 1,
        size: 3,
      });
      const second = await ws.call<{ rows: AuditRow[]; total: number }>('audit', {
        page: 2,
        size: 3,
      });
      expect(first.total).toBe(all.rows.length);
      expect([...first.rows, ...second.rows]).toEqual(all.rows.slice(0, 6));
      const ids = all.rows.map((r) => r.id);
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
    });

    test('creates a minimal valid dataset as revision 1 with its author and reason; a taken id is refused', async () => {
      const made = await ws.call<SaveResult>('createDataset', {
        input: {
          id: 'new-talks',
          title: 'New talks',
          author: 'cody@example.org',
          reason: 'starting the coding',
        },
      });
      expect(made).toMatchObject({ ok: true, revision: 1 });
      const entry = await ws.call<{
        problems: unknown[];
        dataset: { title: string; positions: unknown[] };
      }>('get', { id: 'new-talks' });
      expect(entry.problems).toEqual([]);
      expect(entry.dataset).toMatchObject({ title: 'New talks', positions: [] });
      const log = await ws.call<{ author: string; reason: string }[]>('log', { id: 'new-talks' });
      expect(log).toEqual([
        expect.objectContaining({ author: 'cody@example.org', reason: 'starting the coding' }),
      ]);
      expect(
        await ws.call('createDataset', {
          input: { id: 'new-talks', title: 'Again', author: 'x@example.org' },
        }),
      ).toMatchObject({
        ok: false,
        problems: [{ path: 'id' }],
      });
      expect(
        await ws.call('createDataset', {
          input: { id: 'istanbul-2025', title: 'Taken', author: 'x@example.org' },
        }),
      ).toMatchObject({
        ok: false,
        problems: [{ path: 'id', message: expect.stringContaining('folder') }],
      });
      const noReason = await ws.call<SaveResult>('createDataset', {
        input: { id: 'quiet', title: 'Quiet', author: 'x@example.org' },
      });
      expect(noReason).toMatchObject({ ok: true });
      expect((await ws.call<{ reason: string }[]>('log', { id: 'quiet' }))[0]!.reason).toBe(
        'created in the workspace',
      );
    });
  });
}

// Several server processes share one PostgreSQL: the limits are counted in the database, and one
// account's sign-ins queue on an advisory lock, so guesses sent in parallel from two processes
// cannot all slip under the limit.
const postgres = ENGINES.find((e) => e.name === 'postgres')!;
describeEngine(postgres)('sign-in limits across processes on postgres', () => {
  const clients: WorkerClient[] = [];
  afterAll(async () => {
    for (const c of clients) await c.close();
    await postgres.cleanup();
  });

  test('ten parallel wrong guesses from two processes: five are checked, five refused', async () => {
    const env = await postgres.fresh();
    for (let i = 0; i < 2; i++) {
      const started = await WorkerClient.start(env);
      expect(started.hello).toMatchObject({ ready: true });
      clients.push(started.client);
    }
    await clients[0]!.call('createUser', {
      input: { email: 'target@example.org', role: 'viewer', password: PASSWORD },
      actor: cli,
    });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        clients[i % 2]!.call<SignInResult>('signIn', {
          input: {
            email: 'target@example.org',
            password: `guess number ${i}`,
            address: `198.51.100.${i}`,
          },
          now: at(500),
        }),
      ),
    );
    const reasons = results.map((r) => (r.ok ? 'ok' : r.reason)).sort();
    expect(reasons).toEqual([...Array(5).fill('credentials'), ...Array(5).fill('limited')]);
  }, 60_000);
});
