import type { Revision, SaveResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES, EXAMPLE_DIR } from './support/engines';

for (const engine of ENGINES) {
  describeEngine(engine)(`a write killed midway on ${engine.name}`, () => {
    afterAll(() => engine.cleanup());

    test('leaves the last revision intact: the restarted store opens, validates and writes on', async () => {
      const env = await engine.fresh();
      const setup = (await WorkerClient.start(env)).client;
      await setup.call('import', { dir: EXAMPLE_DIR, newId: 'crash' });
      const before = await setup.call<{ version: string }>('get', { id: 'crash' });
      await setup.close();

      // This worker stops inside the write's transaction, after its inserts, before commit.
      const doomed = (await WorkerClient.start({ ...env, WS_TEST_PAUSE_BEFORE_COMMIT: '1' }))
        .client;
      const paused = doomed.waitFor((m) => m.paused === true);
      void doomed
        .call('save', {
          id: 'crash',
          change: [{ part: 'title', key: '', after: 'Never committed' }],
          options: { baseRevision: 1, author: 'doomed', reason: 'crash test' },
        })
        .catch(() => undefined);
      await paused;
      await doomed.kill();

      const { client: after, hello } = await WorkerClient.start(env);
      try {
        expect(hello).toMatchObject({ ready: true });
        const entry = await after.call<{
          version: string;
          problems: unknown[];
          dataset?: { title: string };
        }>('get', { id: 'crash' });
        expect(entry.version).toBe(before.version);
        expect(entry.problems).toEqual([]);
        expect(entry.dataset!.title).not.toBe('Never committed');
        expect(await after.call<Revision[]>('log', { id: 'crash' })).toHaveLength(1);
        const next = await after.call<SaveResult>('save', {
          id: 'crash',
          change: [{ part: 'title', key: '', after: 'After the crash' }],
          options: { baseRevision: 1, author: 'ana', reason: 'crash test' },
        });
        expect(next).toMatchObject({ ok: true, revision: 2 });
      } finally {
        await after.close();
      }
    }, 120_000);
  });
}
