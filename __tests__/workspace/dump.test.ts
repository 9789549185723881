import type { Revision, WorkspaceDump } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { ENGINES, EXAMPLE_DIR, noteSkippedPostgres, type TestEngine } from './support/engines';

const [pglite, postgres] = ENGINES as [TestEngine, TestEngine];
// Across engines when PostgreSQL is here; else PGlite to PGlite, so the format is still proven.
const PAIRS: [TestEngine, TestEngine][] = postgres.available
  ? [
      [pglite, postgres],
      [postgres, pglite],
    ]
  : [[pglite, pglite]];
if (!postgres.available) noteSkippedPostgres();

afterAll(async () => {
  await pglite.cleanup();
  await postgres.cleanup();
});

describe.each(PAIRS.map(([from, to]) => [from.name, to.name, from, to] as const))(
  'dump on %s, restore on %s',
  (_from, _to, from, to) => {
    test('gives the same revisions, versions and old versions', async () => {
      const source = (await WorkerClient.start(await from.fresh())).client;
      const target = (await WorkerClient.start(await to.fresh())).client;
      try {
        await source.call('import', { dir: EXAMPLE_DIR, newId: 'kept' });
        await source.call('import', { dir: EXAMPLE_DIR, newId: 'second' });
        const options = (n: number) => ({ baseRevision: n, author: 'ana', reason: `edit ${n}` });
        await source.call('save', {
          id: 'kept',
          change: [{ part: 'title', key: '', after: 'One' }],
          options: options(1),
        });
        await source.call('save', {
          id: 'kept',
          change: [{ part: 'summary', key: '', after: 'Two.' }],
          options: options(2),
        });
        const dump = await source.call<WorkspaceDump>('dump');
        expect(dump.datasets.map((d) => [d.id, d.revisions.length])).toEqual([
          ['kept', 3],
          ['second', 1],
        ]);

        expect(await target.call('restore', { dump: JSON.parse(JSON.stringify(dump)) })).toEqual({
          ok: true,
          datasets: 2,
          revisions: 4,
        });
        const again = await target.call<WorkspaceDump>('dump');
        expect(again.datasets).toEqual(dump.datasets);
        for (const id of ['kept', 'second'])
          expect(await target.call<Revision[]>('log', { id })).toEqual(
            await source.call('log', { id }),
          );
        const at = (c: WorkerClient, version?: string) =>
          c.call<Record<string, unknown>>('get', { id: 'kept', version });
        expect(await at(target)).toEqual({ ...(await at(source)), location: expect.any(String) });
        expect(await at(target, '2')).toEqual({
          ...(await at(source, '2')),
          location: expect.any(String),
        });

        const twice = await target.call<{ ok: boolean; message: string }>('restore', { dump });
        expect(twice).toEqual({
          ok: false,
          message: expect.stringContaining('already has kept, second'),
        });
        const tampered = structuredClone(dump);
        tampered.datasets[0]!.revisions[1]!.hash = 'f'.repeat(64);
        // Replay is checked before anything is written, so even a full workspace answers this.
        expect(await target.call('restore', { dump: tampered })).toEqual({
          ok: false,
          message: 'kept: revision 2 does not replay to its recorded content',
        });
      } finally {
        await source.close();
        await target.close();
      }
    }, 120_000);
  },
);
