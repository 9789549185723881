import { tokenHash } from '@/lib/auth/token';
import type { Draft } from '@/lib/data/drafts';
import type { WorkspaceDump } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES } from './support/engines';

const CORA = 'cora@example.org';
const CODY = 'cody@example.org';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const MINUTE = 60 * 1000;

/** A refused form of CORA's on "talks", its fields marked with `mark`. */
const draftOf = (mark: string, over: Partial<Draft> = {}): Draft => ({
  email: CORA,
  dataset: 'talks',
  fields: { baseRevision: '3', id: 'b', name: `Party B ${mark}`, 'evidence.0.quote': 'ü “x”\n' },
  errors: [{ field: 'kind', message: 'is required but missing', path: 'parties[1].kind' }],
  conflicts: [
    {
      revision: 4,
      author: CODY,
      time: '2026-03-02T08:59:00.000Z',
      reason: 'renamed',
      before: { id: 'b', name: 'B', rounds: ['r1'] },
      after: { id: 'b', name: 'Party B', rounds: ['r1', 'r2'] },
    },
  ],
  ...over,
});

for (const engine of ENGINES) {
  describeEngine(engine)(`drafts of refused forms on ${engine.name}`, () => {
    let env: Record<string, string>;
    let ws: WorkerClient;

    const keep = (draft: Draft, now = at(0), client = ws) =>
      client.call<string>('keepDraft', { draft, now });
    const read = async (
      token: string | undefined,
      email = CORA,
      dataset = 'talks',
      now = at(MINUTE),
      client = ws,
    ) => (await client.call<Draft | null>('draftOf', { token, email, dataset, now })) ?? undefined;
    const rows = (where = 'true') =>
      ws.call<Record<string, unknown>[]>('sql', {
        text: `SELECT * FROM workspace_drafts WHERE ${where} ORDER BY created_at`,
      });

    beforeAll(async () => {
      env = await engine.fresh();
      const started = await WorkerClient.start(env);
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
    }, 60_000);
    afterEach(async () => {
      await ws.call('sql', { text: 'DELETE FROM workspace_drafts' });
    });
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('the same user on the same dataset reads it back whole, again and again', async () => {
      const token = await keep(draftOf('one'));
      expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(await read(token)).toEqual(draftOf('one'));
      expect(await read(token)).toEqual(draftOf('one'));
      expect(await keep(draftOf('one'))).not.toBe(token);
    });

    test('another user, another dataset, another or a crafted token: undefined', async () => {
      const token = await keep(draftOf('one'));
      expect(await read(token, CODY)).toBeUndefined();
      expect(await read(token, CORA, 'other')).toBeUndefined();
      expect(await read(token, CORA.toUpperCase())).toBeUndefined();
      expect(await read(undefined)).toBeUndefined();
      expect(await read('')).toBeUndefined();
      expect(await read(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
      expect(await read(`${token}x`)).toBeUndefined();
      expect(await read("' OR true --")).toBeUndefined();
      expect(await read(tokenHash(token))).toBeUndefined();
    });

    test('expires after 15 minutes; expired drafts are deleted by the next write', async () => {
      const token = await keep(draftOf('one'), at(0));
      expect(await read(token, CORA, 'talks', at(15 * MINUTE - 1))).toEqual(draftOf('one'));
      expect(await read(token, CORA, 'talks', at(15 * MINUTE))).toBeUndefined();
      expect(await rows()).toHaveLength(1);
      const later = await keep(draftOf('two', { email: CODY }), at(16 * MINUTE));
      expect((await rows()).map((r) => r.email)).toEqual([CODY]);
      expect(await read(later, CODY, 'talks', at(17 * MINUTE))).toEqual(
        draftOf('two', { email: CODY }),
      );
    });

    test('at most 50 live drafts per user: the oldest go first; other users keep theirs', async () => {
      const codys = await keep(draftOf('cody', { email: CODY }), at(0));
      const tokens: string[] = [];
      for (let i = 0; i < 52; i++) tokens.push(await keep(draftOf(`n${i}`), at(i)));
      expect(await rows(`email = '${CORA}'`)).toHaveLength(50);
      expect(await read(tokens[0])).toBeUndefined();
      expect(await read(tokens[1])).toBeUndefined();
      expect(await read(tokens[2])).toEqual(draftOf('n2'));
      expect(await read(tokens[51])).toEqual(draftOf('n51'));
      expect(await read(codys, CODY)).toEqual(draftOf('cody', { email: CODY }));
    });

    test('a new draft is kept even when the others have the same time', async () => {
      const tokens: string[] = [];
      for (let i = 0; i < 51; i++) tokens.push(await keep(draftOf(`n${i}`), at(0)));
      expect(await rows(`email = '${CORA}'`)).toHaveLength(50);
      expect(await read(tokens[50])).toEqual(draftOf('n50'));
    });

    test('only the SHA-256 of the token is stored', async () => {
      const token = await keep(draftOf('one'));
      const stored = await rows();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ token_hash: tokenHash(token), email: CORA });
      expect(JSON.stringify(stored)).not.toContain(token);
      const expires = new Date(String(stored[0]!.expires_at)).getTime();
      expect(expires - new Date(String(stored[0]!.created_at)).getTime()).toBe(15 * MINUTE);
    });

    test('a dump leaves drafts out; a restore into a workspace holding drafts goes through', async () => {
      expect(
        await ws.call('createDataset', { input: { id: 'talks', title: 'Talks', author: CORA } }),
      ).toMatchObject({ ok: true });
      await keep(draftOf('secret'));
      const dump = await ws.call<WorkspaceDump>('dump');
      expect(dump.datasets.map((d) => d.id)).toEqual(['talks']);
      expect(JSON.stringify(dump)).not.toContain('Party B secret');
      const target = (await WorkerClient.start(await engine.fresh())).client;
      try {
        const kept = await keep(draftOf('target'), at(0), target);
        expect(await target.call('restore', { dump })).toMatchObject({ ok: true, datasets: 1 });
        expect(await read(kept, CORA, 'talks', at(MINUTE), target)).toEqual(draftOf('target'));
      } finally {
        await target.close();
      }
    });

    // PostgreSQL: two processes on one server at once. PGlite serves one process at a time, so
    // the second opens the folder after the first has closed it (a restart).
    test('another process on the same database reads the draft', async () => {
      const token = await keep(draftOf('one'), at(0));
      if (engine.name === 'pglite') {
        await ws.close();
        ws = (await WorkerClient.start(env)).client;
        expect(await read(token)).toEqual(draftOf('one'));
        return;
      }
      const other = (await WorkerClient.start(env)).client;
      try {
        expect(await read(token, CORA, 'talks', at(MINUTE), other)).toEqual(draftOf('one'));
        const back = await keep(draftOf('two'), at(2), other);
        expect(await read(back)).toEqual(draftOf('two'));
        expect(await read(token, CODY, 'talks', at(MINUTE), other)).toBeUndefined();
      } finally {
        await other.close();
      }
    });
  });
}
