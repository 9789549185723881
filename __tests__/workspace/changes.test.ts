import type { Position } from '@/lib/model';
import type { Revision } from '@/lib/data/workspace';
import { readDatasetAt } from '@/lib/data';
import { changesView, parseChangesRange, type ChangesView } from '@/lib/pages/changes';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES, EXAMPLE_DIR } from './support/engines';

// The changes page's view-model fed with real revisions: the workspace runs in a child process
// (see support/worker.ts); its log is what lib/data/changeLog.ts hands the page.

const keyOf = (p: Position) => `${p.party}/${p.issue}/${p.round}`;

for (const engine of ENGINES) {
  describeEngine(engine)(`changesView of workspace revisions on ${engine.name}`, () => {
    let ws: WorkerClient;
    let view: Extract<ChangesView, { home: 'workspace' }>;
    let first: Position;

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
      expect(await ws.call('import', { dir: EXAMPLE_DIR, newId: 'talks' })).toMatchObject({
        ok: true,
      });
      const dataset = (await readDatasetAt(EXAMPLE_DIR))!.dataset!;
      first = dataset.positions.find((p) => p.status === 'stated')!;
      const party = { ...dataset.parties[0]!, id: 'observer', name: 'Observer', shortName: 'Obs' };
      const changed = { ...first, value: 60, status: 'inferred', confidence: 'low' };
      const options = { baseRevision: 1, author: 'ben', reason: 'recoded after the readout' };
      const change = [
        { part: 'positions', key: keyOf(first), after: changed },
        { part: 'parties', key: 'observer', after: party },
      ];
      const saved = await ws.call('save', { id: 'talks', change, options });
      expect(saved).toMatchObject({ ok: true });
      const revisions = await ws.call<Revision[]>('log', { id: 'talks' });
      const built = changesView(
        { home: 'workspace', latest: revisions.length, revisions },
        parseChangesRange({ from: '1' }),
        new Date(),
      );
      if (built.home !== 'workspace') throw new Error('expected the workspace view');
      view = built;
    }, 120_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('lists the revision after from with its author and reason', () => {
      expect(view.latest).toBe(2);
      expect(view.revisions.map((r) => [r.number, r.author, r.reason])).toEqual([
        [2, 'ben', 'recoded after the readout'],
      ]);
      expect(view.revisions[0]!.when).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/);
    });

    test('gives a changed cell its old and new value, status and confidence, and an added party', () => {
      const lines = view.revisions[0]!.lines;
      expect(lines).toContainEqual({
        action: 'changed',
        part: 'positions',
        key: keyOf(first),
        before: `value ${String((first as { value: number }).value)}, stated, ${first.confidence} confidence`,
        after: 'value 60, inferred, low confidence',
      });
      expect(lines).toContainEqual({
        action: 'added',
        part: 'parties',
        key: 'observer',
        after: 'Observer',
      });
    });
  });
}
