import type { Position } from '@/lib/model';
import type { SaveResult, UserResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES, EXAMPLE_DIR } from './support/engines';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'a long enough password';
const CELL = 'ukraine/ceasefire/kyiv-2025-05-10';
const PATH = '/api/workspace/datasets/talks/reviews';
const PAGE = '/talks/matrix/ceasefire/ukraine?round=kyiv-2025-05-10';

for (const engine of ENGINES) {
  describeEngine(engine)(`review route on ${engine.name}`, () => {
    let ws: WorkerClient;

    const post = (
      options: { json?: unknown; form?: Record<string, string>; headers?: Record<string, string> },
      dataset = 'talks',
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
      return ws.call<Answer>('reviewRoute', {
        dataset,
        request: { method: 'POST', url: ORIGIN + PATH, headers, body },
      });
    };
    const signIn = async (email: string) => {
      const answer = await ws.call<Answer>('route', {
        route: 'signInRoute',
        request: {
          method: 'POST',
          url: `${ORIGIN}/api/workspace/session`,
          headers: { 'content-type': 'application/json', origin: ORIGIN },
          body: JSON.stringify({ email, password: PASSWORD }),
        },
      });
      expect(answer.status).toBe(200);
      return answer.headers['set-cookie']!.split(';')[0]!;
    };
    const head = async () => (await ws.call<unknown[]>('log', { id: 'talks' })).length;
    const relabel = async (label: string, author: string) => {
      const got = await ws.call<{ dataset: { positions: Position[] } }>('get', { id: 'talks' });
      const position = got.dataset.positions.find(
        (p) => `${p.party}/${p.issue}/${p.round}` === CELL,
      )!;
      const saved = await ws.call<SaveResult>('save', {
        id: 'talks',
        change: [{ part: 'positions', key: CELL, after: { ...position, label } }],
        options: { baseRevision: await head(), author, reason: label },
      });
      expect(saved).toMatchObject({ ok: true });
      return (saved as { revision: number }).revision;
    };
    const stateOf = async () =>
      (await ws.call<Record<string, string>>('reviewStates', { id: 'talks' }))[CELL];
    const cookies: Record<string, string> = {};

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
      expect(await ws.call('import', { dir: EXAMPLE_DIR, newId: 'talks' })).toMatchObject({
        ok: true,
      });
      for (const [email, role] of [
        ['root@example.org', 'admin'],
        ['cora@example.org', 'coder'],
        ['rita@example.org', 'reviewer'],
        ['vic@example.org', 'viewer'],
      ]) {
        expect(
          await ws.call<UserResult>('createUser', {
            input: { email, role, password: PASSWORD },
            actor: { name: 'cli (test)' },
          }),
        ).toMatchObject({ ok: true });
        cookies[role!] = await signIn(email!);
      }
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('no session: 401 JSON (a form is sent to /signin); nothing is recorded', async () => {
      const json = await post({ json: { cell: CELL, kind: 'comment', revision: 1, text: 'hi' } });
      expect(json.status).toBe(401);
      expect(json.headers['cache-control']).toBe('private, no-store');
      const form = await post({
        form: { cell: CELL, kind: 'approve', revision: '1' },
        headers: { origin: ORIGIN, referer: ORIGIN + PAGE },
      });
      expect(form.status).toBe(303);
      expect(form.headers.location).toBe(`/signin?next=${encodeURIComponent(PAGE)}`);
      expect(await ws.call('reviewStamp')).toBe('0.0');
    });

    test('a viewer may not comment (403); a coder may comment but not approve or challenge (403)', async () => {
      const viewer = await post({
        json: { cell: CELL, kind: 'comment', revision: 1, text: 'hi' },
        headers: { cookie: cookies.viewer! },
      });
      expect(viewer.status).toBe(403);
      expect(JSON.parse(viewer.body).error).toContain('needs the coder role');
      for (const kind of ['approve', 'challenge']) {
        const coder = await post({
          json: { cell: CELL, kind, revision: 1, text: 'wrong' },
          headers: { cookie: cookies.coder! },
        });
        expect(coder.status).toBe(403);
        expect(JSON.parse(coder.body).error).toContain('needs the reviewer role');
      }
      const byForm = await post({
        form: { cell: CELL, kind: 'approve', revision: '1', next: PAGE },
        headers: { cookie: cookies.coder!, origin: ORIGIN },
      });
      expect(byForm.headers.location).toBe(`${PAGE}&review-notice=role#review`);
      expect(await ws.call('reviewStamp')).toBe('0.0');
    });

    test('a request from another origin is refused 403 before anything is read or recorded', async () => {
      const foreign: Record<string, string>[] = [
        { origin: 'https://evil.example' },
        { 'sec-fetch-site': 'cross-site' },
        { referer: 'https://evil.example/form.html' },
      ];
      for (const headers of foreign) {
        const answer = await post({
          form: { cell: CELL, kind: 'approve', revision: '1' },
          headers: { ...headers, cookie: cookies.reviewer! },
        });
        expect(answer.status).toBe(403);
        expect(answer.body).toContain('Nothing was changed');
      }
      expect(await ws.call('reviewStamp')).toBe('0.0');
    });

    test('strict bodies: an unknown field, a bad cell, a challenge without a comment are 400 naming the field; a folder dataset 404', async () => {
      const headers = { cookie: cookies.reviewer!, origin: ORIGIN };
      const extra = await post({
        json: { cell: CELL, kind: 'approve', revision: 1, author: 'someone@else' },
        headers,
      });
      expect(extra.status).toBe(400);
      expect(JSON.parse(extra.body).problems).toEqual([
        { path: 'author', message: 'unknown field "author"' },
      ]);
      const badCell = await post({
        json: { cell: 'ukraine', kind: 'approve', revision: 1 },
        headers,
      });
      expect(JSON.parse(badCell.body).problems[0]).toMatchObject({ path: 'cell' });
      const silent = await post({ json: { cell: CELL, kind: 'challenge', revision: 1 }, headers });
      expect(silent.status).toBe(400);
      expect(JSON.parse(silent.body).problems).toEqual([
        { path: 'text', message: 'a challenge needs a comment saying what is wrong' },
      ]);
      const silentForm = await post({
        form: { cell: CELL, kind: 'challenge', revision: '1', text: '  ' },
        headers: { ...headers, referer: ORIGIN + PAGE },
      });
      expect(silentForm.headers.location).toBe(`${PAGE}&review-notice=text#review`);
      // A folder dataset has no review: there is no such workspace dataset.
      const folder = await post(
        { json: { cell: CELL, kind: 'approve', revision: 1 }, headers },
        'istanbul-2025',
      );
      expect(folder.status).toBe(404);
    });

    test('a reviewer approves (201, the form 303s back); own approval 403; a stale decision 409 naming the newer revision', async () => {
      const mine = await relabel('Relabelled by the reviewer', 'rita@example.org');
      const own = await post({
        json: { cell: CELL, kind: 'approve', revision: mine },
        headers: { cookie: cookies.reviewer!, origin: ORIGIN },
      });
      expect(own.status).toBe(403);
      expect(JSON.parse(own.body)).toMatchObject({
        code: 'own',
        error: expect.stringContaining('no one approves their own coding'),
      });
      const ownForm = await post({
        form: { cell: CELL, kind: 'approve', revision: String(mine), next: PAGE },
        headers: { cookie: cookies.reviewer!, origin: ORIGIN },
      });
      expect(ownForm.headers.location).toBe(`${PAGE}&review-notice=own#review`);
      const byAdmin = await post({
        form: { cell: CELL, kind: 'approve', revision: String(mine), next: PAGE },
        headers: { cookie: cookies.admin!, origin: ORIGIN },
      });
      expect(byAdmin.status).toBe(303);
      expect(byAdmin.headers.location).toBe(`${PAGE}&review-notice=approve#review`);
      expect(await stateOf()).toBe('approved');

      const newer = await relabel('Relabelled by the coder', 'cora@example.org');
      expect(await stateOf()).toBe('awaiting');
      const stale = await post({
        json: { cell: CELL, kind: 'challenge', revision: mine, text: 'not what they said' },
        headers: { cookie: cookies.reviewer!, origin: ORIGIN },
      });
      expect(stale.status).toBe(409);
      expect(JSON.parse(stale.body)).toMatchObject({
        code: 'stale',
        latest: { revision: newer, author: 'cora@example.org' },
        error: expect.stringContaining(`changed in revision ${newer}`),
      });
      const challenged = await post({
        json: { cell: CELL, kind: 'challenge', revision: newer, text: 'not what they said' },
        headers: { cookie: cookies.reviewer!, origin: ORIGIN },
      });
      expect(challenged.status).toBe(201);
      expect(JSON.parse(challenged.body)).toMatchObject({
        state: 'challenged',
        event: { kind: 'challenge', author: 'rita@example.org', revision: newer },
      });
      const answer = await post({
        form: { cell: CELL, kind: 'comment', revision: String(newer), text: 'It is, see p. 2.' },
        headers: { cookie: cookies.coder!, origin: ORIGIN, referer: ORIGIN + PAGE },
      });
      expect(answer.status).toBe(303);
      expect(answer.headers.location).toBe(
        '/talks/matrix/ceasefire/ukraine?round=kyiv-2025-05-10&review-notice=comment#review',
      );
      expect(await stateOf()).toBe('challenged');
    });
  });
}
