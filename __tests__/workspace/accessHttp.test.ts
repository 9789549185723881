import type { UserResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES } from './support/engines';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'a long enough password';

for (const engine of ENGINES) {
  describeEngine(engine)(`workspace access routes on ${engine.name}`, () => {
    let ws: WorkerClient;

    const route = (
      name: string,
      method: string,
      path: string,
      options: {
        headers?: Record<string, string>;
        json?: unknown;
        form?: Record<string, string>;
        key?: string;
      } = {},
    ) => {
      const headers: Record<string, string> = { ...options.headers };
      let body: string | undefined;
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(options.form).toString();
      }
      return ws.call<Answer>('route', {
        route: name,
        key: options.key,
        request: { method, url: ORIGIN + path, headers, body },
      });
    };
    const cookieOf = (answer: Answer) => answer.headers['set-cookie']!.split(';')[0]!;
    const signIn = async (email: string, address = '192.0.2.10') => {
      const answer = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email, password: PASSWORD },
        headers: { origin: ORIGIN, 'x-forwarded-for': address },
      });
      expect(answer.status).toBe(200);
      return cookieOf(answer);
    };
    const users = async () =>
      (await ws.call<{ email: string; role: string; disabled: boolean }[]>('listUsers')).map(
        (u) => u.email,
      );

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
      for (const [email, role] of [
        ['root@example.org', 'admin'],
        ['cora@example.org', 'coder'],
        ['vic@example.org', 'viewer'],
        ['vee@example.org', 'viewer'],
      ])
        expect(
          await ws.call<UserResult>('createUser', {
            input: { email, role, password: PASSWORD },
            actor: { name: 'cli (test)' },
          }),
        ).toMatchObject({ ok: true });
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('sign-in sets an HttpOnly, SameSite=Lax, Path=/ cookie, Secure only over https; nothing is cached', async () => {
      const plain = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email: 'root@example.org', password: PASSWORD },
      });
      expect(plain.status).toBe(200);
      expect(plain.headers['cache-control']).toBe('private, no-store');
      expect(plain.headers['set-cookie']).toMatch(
        /^np_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=1209600; HttpOnly; SameSite=Lax$/,
      );
      expect(JSON.parse(plain.body)).toMatchObject({
        user: { email: 'root@example.org', role: 'admin' },
      });
      expect(plain.body).not.toContain(cookieOf(plain).split('=')[1]);
      const https = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email: 'root@example.org', password: PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(https.headers['set-cookie']).toMatch(/; Secure$/);
      const who = await route('whoAmIRoute', 'GET', '/api/workspace/session', {
        headers: { cookie: cookieOf(plain) },
      });
      expect(JSON.parse(who.body)).toMatchObject({ user: { email: 'root@example.org' } });
    });

    test('a sign-in body with an unknown field is refused with 400 naming it; a wrong password is 401', async () => {
      const extra = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email: 'root@example.org', password: PASSWORD, remember: true },
      });
      expect(extra.status).toBe(400);
      expect(JSON.parse(extra.body)).toMatchObject({
        problems: [{ path: 'remember', message: 'unknown field "remember"' }],
      });
      const wrong = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email: 'root@example.org', password: 'not the password' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.headers['set-cookie']).toBeUndefined();
      expect(
        (
          await route('signInRoute', 'POST', '/api/workspace/session', {
            headers: { 'content-type': 'text/plain' },
          })
        ).status,
      ).toBe(415);
    });

    test('the sign-in form is answered 303: to next with the cookie, or back to /signin with the refusal', async () => {
      const ok = await route('signInRoute', 'POST', '/api/workspace/session', {
        form: { email: 'cora@example.org', password: PASSWORD, next: '/workspace/users' },
        headers: { origin: ORIGIN },
      });
      expect(ok.status).toBe(303);
      expect(ok.headers.location).toBe('/workspace/users');
      expect(ok.headers['set-cookie']).toContain('HttpOnly');
      const bad = await route('signInRoute', 'POST', '/api/workspace/session', {
        form: { email: 'cora@example.org', password: 'wrong password' },
        headers: { origin: ORIGIN },
      });
      expect(bad.status).toBe(303);
      expect(bad.headers.location).toBe('/signin?error=credentials&email=cora%40example.org');
      const offsite = await route('signInRoute', 'POST', '/api/workspace/session', {
        form: { email: 'cora@example.org', password: PASSWORD, next: '//evil.example/' },
      });
      expect(offsite.headers.location).toBe('/signin?error=invalid');
    });

    test('after 5 failures the account is answered 429 with Retry-After and a clear message', async () => {
      const attempt = (password: string, form = false) =>
        route('signInRoute', 'POST', '/api/workspace/session', {
          ...(form
            ? { form: { email: 'vic@example.org', password } }
            : { json: { email: 'vic@example.org', password } }),
          headers: { 'x-forwarded-for': '198.51.100.20' },
        });
      for (let i = 0; i < 5; i++) expect((await attempt(`wrong password ${i}`)).status).toBe(401);
      const limited = await attempt(PASSWORD);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
      expect(JSON.parse(limited.body).error).toMatch(
        /^Too many failed sign-ins for this account\. Try again in 1[45] minutes\.$/,
      );
      const byForm = await attempt(PASSWORD, true);
      expect(byForm.status).toBe(303);
      expect(byForm.headers.location).toMatch(
        /^\/signin\?error=limited&retry=\d+&email=vic%40example\.org$/,
      );
      expect(byForm.headers['retry-after']).toBeDefined();
    });

    test('no session: 401 JSON (a form is sent to /signin); a role too low: 403; nothing is created', async () => {
      const body = { email: 'new@example.org', role: 'viewer', password: PASSWORD };
      const anonymous = await route('createUserRoute', 'POST', '/api/workspace/users', {
        json: body,
      });
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers['content-type']).toContain('application/json');
      const anonymousForm = await route('createUserRoute', 'POST', '/api/workspace/users', {
        form: body,
        headers: { origin: ORIGIN, referer: `${ORIGIN}/workspace/users` },
      });
      expect(anonymousForm.status).toBe(303);
      expect(anonymousForm.headers.location).toBe('/signin?next=%2Fworkspace%2Fusers');
      const coder = await signIn('cora@example.org');
      const forbidden = await route('createUserRoute', 'POST', '/api/workspace/users', {
        json: body,
        headers: { cookie: coder },
      });
      expect(forbidden.status).toBe(403);
      expect(JSON.parse(forbidden.body).error).toContain('needs the admin role');
      expect(await users()).not.toContain('new@example.org');
      const notViewer = await route('createDatasetRoute', 'POST', '/api/workspace/datasets', {
        json: { id: 'talks', title: 'Talks' },
        headers: { cookie: await signIn('vee@example.org') },
      });
      expect(notViewer.status).toBe(403);
    });

    test('a request from another origin is refused 403 before anything is read or changed', async () => {
      const admin = await signIn('root@example.org');
      const body = { email: 'csrf@example.org', role: 'admin', password: PASSWORD };
      const foreign: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { referer: 'https://evil.example/form.html' },
      ];
      for (const headers of foreign) {
        const answer = await route('createUserRoute', 'POST', '/api/workspace/users', {
          form: body,
          headers: { ...headers, cookie: admin },
        });
        expect(answer.status).toBe(403);
        expect(answer.body).toContain('Nothing was changed');
      }
      const signInFromElsewhere = await route('signInRoute', 'POST', '/api/workspace/session', {
        json: { email: 'root@example.org', password: PASSWORD },
        headers: { origin: 'https://evil.example' },
      });
      expect(signInFromElsewhere.status).toBe(403);
      expect(await users()).not.toContain('csrf@example.org');
    });

    test('an admin adds a user (JSON 201, or the form 303), changes a role and disables by id or email', async () => {
      const admin = await signIn('root@example.org');
      const headers = { cookie: admin, origin: ORIGIN };
      const made = await route('createUserRoute', 'POST', '/api/workspace/users', {
        json: { email: 'Rev@Example.org', role: 'coder', password: PASSWORD },
        headers,
      });
      expect(made.status).toBe(201);
      const id = JSON.parse(made.body).user.id as number;
      const duplicate = await route('createUserRoute', 'POST', '/api/workspace/users', {
        json: { email: 'rev@example.org', role: 'coder', password: PASSWORD },
        headers,
      });
      expect(duplicate.status).toBe(409);
      const unknown = await route('createUserRoute', 'POST', '/api/workspace/users', {
        json: { email: 'x@example.org', role: 'coder', password: PASSWORD, admin: true },
        headers,
      });
      expect(unknown.status).toBe(400);
      expect(JSON.parse(unknown.body).problems).toEqual([
        { path: 'admin', message: 'unknown field "admin"' },
      ]);
      const short = await route('createUserRoute', 'POST', '/api/workspace/users', {
        form: { email: 'y@example.org', role: 'coder', password: 'short' },
        headers,
      });
      expect(short.headers.location).toBe('/workspace/users?error=password');
      const byForm = await route('createUserRoute', 'POST', '/api/workspace/users', {
        form: { email: 'form@example.org', role: 'viewer', password: PASSWORD },
        headers,
      });
      expect(byForm.status).toBe(303);
      expect(byForm.headers.location).toMatch(/^\/workspace\/users\?done=added&user=\d+$/);

      const role = await route('changeUserRoute', 'PATCH', '/api/workspace/users/x', {
        json: { role: 'reviewer' },
        headers,
        key: String(id),
      });
      expect(role.status).toBe(200);
      expect(JSON.parse(role.body).user).toMatchObject({
        email: 'rev@example.org',
        role: 'reviewer',
      });
      const disable = await route('changeUserRoute', 'POST', '/api/workspace/users/x', {
        form: { disabled: 'true' },
        headers,
        key: 'rev@example.org',
      });
      expect(disable.headers.location).toBe(`/workspace/users?done=disabled&user=${id}`);
      const bad = await route('changeUserRoute', 'PATCH', '/api/workspace/users/x', {
        json: { role: 'owner', name: 'x' },
        headers,
        key: String(id),
      });
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body).problems.map((p: { path: string }) => p.path)).toEqual([
        'role',
        'name',
      ]);
      const missing = await route('changeUserRoute', 'PATCH', '/api/workspace/users/x', {
        json: { role: 'coder' },
        headers,
        key: '9999',
      });
      expect(missing.status).toBe(404);
      const self = await route('changeUserRoute', 'PATCH', '/api/workspace/users/x', {
        json: { disabled: true },
        headers,
        key: 'root@example.org',
      });
      expect(self.status).toBe(409);
      const audit = await ws.call<{ rows: { action: string; actor: string; address: string }[] }>(
        'audit',
        { size: 5 },
      );
      expect(audit.rows.slice(0, 2)).toEqual([
        expect.objectContaining({ action: 'user.disabled', actor: 'root@example.org' }),
        expect.objectContaining({ action: 'user.role', actor: 'root@example.org' }),
      ]);
    });

    test('a coder creates a dataset as its author; an unknown field or a taken id is refused', async () => {
      const coder = await signIn('cora@example.org');
      const headers = { cookie: coder, origin: ORIGIN };
      const made = await route('createDatasetRoute', 'POST', '/api/workspace/datasets', {
        json: { id: 'coder-talks', title: 'Coder talks', reason: 'a new negotiation' },
        headers,
      });
      expect(made.status).toBe(201);
      expect(JSON.parse(made.body)).toMatchObject({
        id: 'coder-talks',
        revision: 1,
        href: '/coder-talks',
      });
      expect(await ws.call('log', { id: 'coder-talks' })).toEqual([
        expect.objectContaining({ author: 'cora@example.org', reason: 'a new negotiation' }),
      ]);
      const again = await route('createDatasetRoute', 'POST', '/api/workspace/datasets', {
        json: { id: 'coder-talks', title: 'Again' },
        headers,
      });
      expect(again.status).toBe(409);
      const extra = await route('createDatasetRoute', 'POST', '/api/workspace/datasets', {
        json: { id: 'other', title: 'Other', positions: [] },
        headers,
      });
      expect(extra.status).toBe(400);
      expect(JSON.parse(extra.body).problems).toEqual([
        { path: 'positions', message: 'unknown field "positions"' },
      ]);
      const form = await route('createDatasetRoute', 'POST', '/api/workspace/datasets', {
        form: { id: 'form-talks', title: 'Form talks', reason: '' },
        headers,
      });
      expect(form.headers.location).toBe('/workspace?created=form-talks');
    });

    test('sign-out deletes the session row and clears the cookie; the cookie then signs no one in', async () => {
      const cookie = await signIn('cora@example.org');
      const count = async () =>
        Number(
          (
            await ws.call<{ n: string }[]>('sql', {
              text: 'SELECT count(*) AS n FROM workspace_sessions',
            })
          )[0]!.n,
        );
      const before = await count();
      const out = await route('signOutRoute', 'DELETE', '/api/workspace/session', {
        headers: { cookie, origin: ORIGIN },
      });
      expect(out.status).toBe(200);
      expect(out.headers['set-cookie']).toBe(
        'np_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
      );
      expect(await count()).toBe(before - 1);
      expect(
        (await route('whoAmIRoute', 'GET', '/api/workspace/session', { headers: { cookie } }))
          .status,
      ).toBe(401);
      const again = await route('signOutRoute', 'DELETE', '/api/workspace/session', {
        headers: { cookie },
      });
      expect(again.status).toBe(401);
      const form = await route('signOutRoute', 'POST', '/api/workspace/signout', {
        form: {},
        headers: { cookie: await signIn('cora@example.org'), origin: ORIGIN },
      });
      expect(form.status).toBe(303);
      expect(form.headers.location).toBe('/signin');
      expect(await count()).toBe(before - 1);
      const crossSite = await route('signOutRoute', 'POST', '/api/workspace/signout', {
        form: {},
        headers: { cookie, origin: 'https://evil.example' },
      });
      expect(crossSite.status).toBe(403);
    });
  });
}
