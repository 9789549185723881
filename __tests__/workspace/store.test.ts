import { readDatasetAt } from '@/lib/data';
import type { Position } from '@/lib/model';
import type { Conflict, RecordedEdit, Revision, SaveResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES, EXAMPLE_DIR } from './support/engines';

interface Got {
  version: string;
  problems: { path: string; message: string }[];
  dataset?: Record<string, unknown> & { title: string; positions: Position[] };
  sourceTexts: Record<string, string>;
}

const meta = (baseRevision: number, author = 'ana') => ({ baseRevision, author, reason: 'test' });
const keyOf = (p: Position) => `${p.party}/${p.issue}/${p.round}`;

async function folderDataset() {
  const entry = (await readDatasetAt(EXAMPLE_DIR))!;
  return { dataset: entry.dataset!, texts: Object.fromEntries(entry.sourceTexts) };
}

for (const engine of ENGINES) {
  describeEngine(engine)(`WorkspaceStore on ${engine.name}`, () => {
    let ws: WorkerClient;
    let env: Record<string, string>;

    const importAs = async (newId: string) => {
      const result = await ws.call<{ ok: boolean; message?: string }>('import', {
        dir: EXAMPLE_DIR,
        newId,
      });
      expect(result).toMatchObject({ ok: true });
    };
    const get = (id: string, version?: string) => ws.call<Got | null>('get', { id, version });
    const save = (id: string, change: unknown[], options: object, client = ws) =>
      client.call<SaveResult>('save', { id, change, options });

    beforeAll(async () => {
      env = await engine.fresh();
      const started = await WorkerClient.start(env);
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('import then get gives the folder dataset, under the new id, as revision 1', async () => {
      await importAs('copy');
      const { dataset, texts } = await folderDataset();
      const got = (await get('copy'))!;
      expect(got.problems).toEqual([]);
      expect(got.version).toMatch(/^r1-[0-9a-f]{8}$/);
      expect(got.dataset).toEqual({ ...dataset, id: 'copy' });
      expect(got.sourceTexts).toEqual(texts);
      expect(await ws.call('list')).toEqual([
        expect.objectContaining({ id: 'copy', home: 'workspace', version: got.version }),
      ]);
    });

    test('import refuses an id taken by a folder or by the workspace, saying to pass --id', async () => {
      const byFolder = await ws.call<{ ok: boolean; message: string }>('import', {
        dir: EXAMPLE_DIR,
      });
      expect(byFolder.ok).toBe(false);
      expect(byFolder.message).toContain('taken by the folder');
      expect(byFolder.message).toContain('--id');
      await importAs('twice');
      const again = await ws.call<{ ok: boolean; message: string }>('import', {
        dir: EXAMPLE_DIR,
        newId: 'twice',
      });
      expect(again).toEqual({
        ok: false,
        message: expect.stringContaining('taken in the workspace'),
      });
    });

    test('save keeps each change as a revision with author, reason and before/after', async () => {
      await importAs('history');
      const first = (await get('history'))!.dataset!.positions[0]!;
      const changed = { ...first, summary: 'A new summary.' };
      const r2 = await save(
        'history',
        [{ part: 'positions', key: keyOf(first), after: changed }],
        meta(1),
      );
      expect(r2).toMatchObject({ ok: true, revision: 2, version: expect.stringMatching(/^r2-/) });
      const r3 = await save(
        'history',
        [{ part: 'title', key: '', after: 'Renamed' }],
        meta(2, 'ben'),
      );
      expect(r3).toMatchObject({ ok: true, revision: 3 });

      const log = await ws.call<Revision[]>('log', { id: 'history' });
      expect(log.map((r) => [r.number, r.author])).toEqual([
        [1, 'importer'],
        [2, 'ana'],
        [3, 'ben'],
      ]);
      expect(log[1]!.edits).toEqual([
        { part: 'positions', key: keyOf(first), before: first, after: changed, index: 0 },
      ]);
      expect(log[2]!.edits[0]).toMatchObject({ part: 'title', after: 'Renamed' });
      const now = (await get('history'))!;
      expect(now.version).toBe((r3 as { version: string }).version);
      expect(now.dataset!.title).toBe('Renamed');
      expect(now.dataset!.positions[0]).toEqual(changed);
      const diff = await ws.call<RecordedEdit[]>('diff', { id: 'history', from: 1, to: 3 });
      expect(diff.map((e) => e.part).sort()).toEqual(['positions', 'title']);
    });

    test('get at an old version rebuilds the dataset as it was then', async () => {
      await importAs('old');
      const { dataset } = await folderDataset();
      const p = dataset.positions[1]!;
      const edit = { part: 'positions', key: keyOf(p), after: { ...p, summary: 'Later.' } };
      const r2 = (await save('old', [edit], meta(1))) as { version: string };
      await save('old', [{ part: 'positions', key: keyOf(p), after: null }], meta(2));

      const v1 = (await get('old', '1'))!;
      expect(v1.problems).toEqual([]);
      expect(v1.dataset).toEqual({ ...dataset, id: 'old' });
      const v2 = (await get('old', r2.version))!;
      expect(v2.version).toBe(r2.version);
      expect(v2.dataset!.positions[1]!.summary).toBe('Later.');
      const v3 = (await get('old'))!;
      expect(v3.dataset!.positions).toHaveLength(dataset.positions.length - 1);
      expect(await get('old', 'r2-00000000')).toBeNull();
      expect(await get('old', '9')).toBeNull();
      expect(await get('old', 'latest')).toBeNull();
    });

    test('an invalid change is refused whole, each problem with its JSON path', async () => {
      await importAs('invalid');
      const before = (await get('invalid'))!;
      const p = before.dataset!.positions.find((x) => x.status !== 'none')!;
      const broken = { ...p, value: 150, confidence: 'sure' };
      const result = await save(
        'invalid',
        [
          { part: 'title', key: '', after: 'Would be fine alone' },
          { part: 'positions', key: keyOf(p), after: broken },
        ],
        meta(1),
      );
      const index = before.dataset!.positions.indexOf(p);
      expect(result).toMatchObject({ ok: false });
      expect(
        (result as { problems: { path: string }[] }).problems.map((x) => x.path).sort(),
      ).toEqual([`positions[${index}].confidence`, `positions[${index}].value`]);
      const quote = {
        source: p.evidence![0]!.source,
        quote: 'Words found in no source.',
        attribution: 'own-words',
      };
      const unquoted = await save(
        'invalid',
        [{ part: 'positions', key: keyOf(p), after: { ...p, evidence: [quote] } }],
        meta(1),
      );
      expect(unquoted).toMatchObject({
        ok: false,
        problems: [expect.objectContaining({ path: `positions[${index}].evidence[0].quote` })],
      });
      const malformed = await save('invalid', [{ part: 'nonsense', key: '', after: 1 }], meta(1));
      expect(malformed).toMatchObject({ ok: false, problems: [{ path: 'change[0].part' }] });
      const anonymous = await save('invalid', [{ part: 'title', key: '', after: 'T' }], {
        baseRevision: 1,
        author: ' ',
        reason: '',
      });
      expect(anonymous).toMatchObject({
        ok: false,
        problems: [{ path: 'author' }, { path: 'reason' }],
      });
      const after = (await get('invalid'))!;
      expect(after.version).toBe(before.version);
      expect(after.dataset!.title).toBe(before.dataset!.title);
      expect(await ws.call<Revision[]>('log', { id: 'invalid' })).toHaveLength(1);
    });

    test('two writers on one revision: the same cell is refused with the other change; different cells merge', async () => {
      await importAs('race');
      // PGlite serves one process, so its two writers share it; PostgreSQL gets a second process.
      const other = engine.name === 'postgres' ? (await WorkerClient.start(env)).client : ws;
      try {
        const [a, b] = (await get('race'))!.dataset!.positions;
        const cell = keyOf(a!);
        const results = await Promise.all([
          save(
            'race',
            [{ part: 'positions', key: cell, after: { ...a, summary: 'From Ana.' } }],
            meta(1, 'ana'),
          ),
          save(
            'race',
            [{ part: 'positions', key: cell, after: { ...a, summary: 'From Ben.' } }],
            meta(1, 'ben'),
            other,
          ),
        ]);
        const won = results.findIndex((r) => r.ok);
        const lost = results[1 - won] as { ok: false; conflicts: Conflict[] };
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        const winner = won === 0 ? 'ana' : 'ben';
        expect(lost.conflicts).toEqual([
          expect.objectContaining({
            part: 'positions',
            key: cell,
            revision: 2,
            author: winner,
            before: a,
            after: { ...a, summary: winner === 'ana' ? 'From Ana.' : 'From Ben.' },
          }),
        ]);

        const merged = await Promise.all([
          save(
            'race',
            [{ part: 'positions', key: cell, after: { ...a, summary: 'Again.' } }],
            meta(2, 'ana'),
          ),
          save(
            'race',
            [{ part: 'positions', key: keyOf(b!), after: { ...b, summary: 'Other cell.' } }],
            meta(2, 'ben'),
            other,
          ),
        ]);
        expect(merged.map((r) => r.ok)).toEqual([true, true]);
        const now = (await get('race'))!;
        expect(now.version).toMatch(/^r4-/);
        expect(now.dataset!.positions[0]!.summary).toBe('Again.');
        expect(now.dataset!.positions[1]!.summary).toBe('Other cell.');
      } finally {
        if (other !== ws) await other.close();
      }
    }, 60_000);
  });
}
