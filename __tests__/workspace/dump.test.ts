import fs from 'node:fs';
import path from 'node:path';
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
          users: 0,
          reviews: 0,
          audit: 0,
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

    test('keeps the users (their passwords still sign in), the audit log and the reviews', async () => {
      const source = (await WorkerClient.start(await from.fresh())).client;
      const target = (await WorkerClient.start(await to.fresh())).client;
      const cli = { name: 'cli (test)' };
      const password = 'a reviewer password long enough';
      try {
        await source.call('import', { dir: EXAMPLE_DIR, newId: 'kept' });
        const first = (
          JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, 'dataset.json'), 'utf8')) as {
            positions: { party: string; issue: string; round: string }[];
          }
        ).positions[0]!;
        const cell = `${first.party}/${first.issue}/${first.round}`;
        const made = await source.call<{ ok: boolean }>('createUser', {
          input: { email: 'rev@example.org', role: 'reviewer', password },
          actor: cli,
        });
        expect(made.ok).toBe(true);
        const review = await source.call<{ ok: boolean }>('recordReview', {
          input: {
            dataset: 'kept',
            cell,
            kind: 'comment',
            revision: 1,
            text: 'Check the quote against page 2.',
            author: 'rev@example.org',
          },
        });
        expect(review.ok).toBe(true);
        const dump = await source.call<WorkspaceDump>('dump');
        expect(dump.formatVersion).toBe(2);
        expect(dump.users?.map((u) => [u.email, u.role])).toEqual([
          ['rev@example.org', 'reviewer'],
        ]);
        expect(dump.users?.[0]?.passwordHash).toMatch(/^scrypt\$/);
        expect(dump.reviews?.map((r) => [r.cell, r.kind, r.text])).toEqual([
          [cell, 'comment', 'Check the quote against page 2.'],
        ]);
        expect(dump.audit?.map((a) => a.action)).toContain('user.created');

        // A workspace that already has one of the users is refused whole: nothing is written.
        await target.call('createUser', {
          input: { email: 'rev@example.org', role: 'viewer', password },
          actor: cli,
        });
        expect(await target.call('restore', { dump })).toEqual({
          ok: false,
          message: expect.stringContaining('already has the users rev@example.org'),
        });
        expect(await target.call('list')).toEqual([]);

        const empty = (await WorkerClient.start(await to.fresh())).client;
        try {
          expect(await empty.call('restore', { dump: JSON.parse(JSON.stringify(dump)) })).toEqual({
            ok: true,
            datasets: 1,
            revisions: 1,
            users: 1,
            reviews: 1,
            audit: dump.audit!.length,
          });
          const again = await empty.call<WorkspaceDump>('dump');
          expect(again.users).toEqual(dump.users);
          expect(again.reviews).toEqual(dump.reviews);
          expect(again.audit).toEqual(dump.audit);
          const signedIn = await empty.call<{ ok: boolean }>('signIn', {
            input: { email: 'rev@example.org', password, address: '192.0.2.9' },
          });
          expect(signedIn.ok).toBe(true);
        } finally {
          await empty.close();
        }
      } finally {
        await source.close();
        await target.close();
      }
    }, 120_000);
  },
);
