import type { Position } from '@/lib/model';
import type { AuditRow, CellReviewRecord, ReviewResult, SaveResult } from '@/lib/data/workspace';
import type { ReviewQueue } from '@/lib/review/queue';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES, EXAMPLE_DIR } from './support/engines';

const CELL = 'ukraine/ceasefire/kyiv-2025-05-10';
const OTHER = 'ukraine/sequencing/istanbul-2025-05-16';
const CORA = 'cora@example.org';
const RITA = 'rita@example.org';
const REX = 'rex@example.org';

for (const engine of ENGINES) {
  describeEngine(engine)(`review events on ${engine.name}`, () => {
    let ws: WorkerClient;

    const review = (input: {
      cell?: string;
      kind: 'approve' | 'challenge' | 'comment';
      revision: number;
      text?: string;
      author: string;
    }) =>
      ws.call<ReviewResult>('recordReview', {
        input: { dataset: 'talks', cell: CELL, text: '', address: '192.0.2.7', ...input },
      });
    const states = (revision?: number) =>
      ws.call<Record<string, string>>('reviewStates', { id: 'talks', revision });
    const stateOf = async (cell = CELL, revision?: number) => (await states(revision))[cell];
    /** Saves a new label for the cell as `author`; returns the new revision. */
    const relabel = async (label: string, author: string, cell = CELL) => {
      const log = await ws.call<{ number: number }[]>('log', { id: 'talks' });
      const got = await ws.call<{ dataset: { positions: Position[] } }>('get', { id: 'talks' });
      const position = got.dataset.positions.find(
        (p) => `${p.party}/${p.issue}/${p.round}` === cell,
      )!;
      const saved = await ws.call<SaveResult>('save', {
        id: 'talks',
        change: [{ part: 'positions', key: cell, after: { ...position, label } }],
        options: { baseRevision: log.length, author, reason: `relabel: ${label}` },
      });
      expect(saved).toMatchObject({ ok: true });
      return (saved as { revision: number }).revision;
    };

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
      expect(await ws.call('import', { dir: EXAMPLE_DIR, newId: 'talks' })).toMatchObject({
        ok: true,
      });
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    test('every imported position awaits review; a cell with no position has no state', async () => {
      const all = await states();
      expect(Object.keys(all).length).toBe(76);
      expect(new Set(Object.values(all))).toEqual(new Set(['awaiting']));
      expect(all['nobody/nothing/never']).toBeUndefined();
      expect(await ws.call('reviewStamp')).toBe('0.0');
    });

    test('a change awaits; a challenge needs a comment; the answer keeps it challenged; an approval approves', async () => {
      const r2 = await relabel('Proposes a ceasefire (relabelled)', CORA);
      expect(await stateOf()).toBe('awaiting');
      const empty = await review({ kind: 'challenge', revision: r2, text: '   ', author: RITA });
      expect(empty).toMatchObject({ ok: false, status: 400, code: 'text' });
      const challenged = await review({
        kind: 'challenge',
        revision: r2,
        text: 'The quote does not say “worked out”.',
        author: RITA,
      });
      expect(challenged).toMatchObject({
        ok: true,
        state: 'challenged',
        event: { kind: 'challenge', revision: r2, author: RITA, cell: CELL },
      });
      const answer = await review({
        kind: 'comment',
        revision: r2,
        text: 'It does, in the second paragraph.',
        author: CORA,
      });
      expect(answer).toMatchObject({ ok: true, state: 'challenged' });
      expect(await stateOf()).toBe('challenged');
      const approved = await review({ kind: 'approve', revision: r2, author: RITA });
      expect(approved).toMatchObject({ ok: true, state: 'approved' });
      expect(await stateOf()).toBe('approved');
      // Other cells are untouched.
      expect(await stateOf(OTHER)).toBe('awaiting');
      expect(await ws.call('reviewStamp')).toMatch(/^3\.\d+$/);
    });

    test('a change after an approval makes the cell await review again; the old state reads at the old revision', async () => {
      const before = (await ws.call<{ number: number }[]>('log', { id: 'talks' })).length;
      const next = await relabel('Proposes a ceasefire (again)', CORA);
      expect(await stateOf()).toBe('awaiting');
      expect(await stateOf(CELL, before)).toBe('approved');
      expect(next).toBe(before + 1);
    });

    test('nobody approves their own coding (whatever the case of their email); another reviewer may', async () => {
      const mine = await relabel('Proposes a ceasefire (Rex)', REX);
      const own = await review({ kind: 'approve', revision: mine, author: 'Rex@Example.org' });
      expect(own).toMatchObject({ ok: false, status: 403, code: 'own' });
      expect((own as { message: string }).message).toContain('no one approves their own coding');
      expect(await stateOf()).toBe('awaiting');
      const byOther = await review({ kind: 'approve', revision: mine, author: RITA });
      expect(byOther).toMatchObject({ ok: true, state: 'approved' });
    });

    test('a decision on a stale revision is refused 409 naming the newer one; a comment is recorded on the latest', async () => {
      const seen = (await ws.call<{ number: number }[]>('log', { id: 'talks' })).length;
      const newer = await relabel('Proposes a ceasefire (newer)', CORA);
      for (const kind of ['approve', 'challenge'] as const) {
        const stale = await review({ kind, revision: seen, text: 'looks wrong', author: RITA });
        expect(stale).toMatchObject({
          ok: false,
          status: 409,
          code: 'stale',
          latest: { revision: newer, author: CORA },
        });
        expect((stale as { message: string }).message).toContain(`changed in revision ${newer}`);
      }
      expect(await stateOf()).toBe('awaiting');
      const comment = await review({
        kind: 'comment',
        revision: seen,
        text: 'Seen the new label.',
        author: RITA,
      });
      expect(comment).toMatchObject({ ok: true, event: { revision: newer } });
      // A revision seen after the cell's change is not stale: the cell did not change since.
      const other = await relabel('Sequencing (relabelled)', CORA, OTHER);
      expect(
        await review({ cell: OTHER, kind: 'approve', revision: other, author: RITA }),
      ).toMatchObject({ ok: true, event: { cell: OTHER, revision: other } });
    });

    test('unknown dataset, no position, or a revision past the latest are refused; nothing is recorded', async () => {
      const stamp = await ws.call('reviewStamp');
      const head = (await ws.call<{ number: number }[]>('log', { id: 'talks' })).length;
      expect(
        await ws.call<ReviewResult>('recordReview', {
          input: {
            dataset: 'nope',
            cell: CELL,
            kind: 'approve',
            revision: 1,
            text: '',
            author: RITA,
          },
        }),
      ).toMatchObject({ ok: false, status: 404, code: 'no-dataset' });
      expect(
        await review({
          cell: 'ukraine/ceasefire/nowhere',
          kind: 'comment',
          revision: 1,
          text: 'x',
          author: RITA,
        }),
      ).toMatchObject({ ok: false, status: 404, code: 'no-position' });
      expect(await review({ kind: 'approve', revision: head + 1, author: RITA })).toMatchObject({
        ok: false,
        status: 400,
        code: 'revision',
      });
      expect(await ws.call('reviewStamp')).toBe(stamp);
    });

    test('the cell’s record lists every coding and every review event oldest first; decisions are audited', async () => {
      const record = await ws.call<CellReviewRecord>('cellReview', { id: 'talks', cell: CELL });
      expect(record.changes.map((c) => c.author)).toEqual(['importer', CORA, CORA, REX, CORA]);
      expect(record.changes[0]!.before).toBeNull();
      expect(record.events.map((e) => [e.kind, e.author])).toEqual([
        ['challenge', RITA],
        ['comment', CORA],
        ['approve', RITA],
        ['approve', RITA],
        ['comment', RITA],
      ]);
      expect(record.state).toBe('awaiting');
      expect(record.latest).toEqual({ revision: record.changes[4]!.revision, author: CORA });
      const audit = await ws.call<{ rows: AuditRow[] }>('audit', { size: 50 });
      const reviews = audit.rows.filter((r) => r.action.startsWith('review.'));
      expect(reviews[0]).toMatchObject({
        action: 'review.approved',
        actor: RITA,
        subject: `talks ${OTHER}`,
        address: '192.0.2.7',
      });
      expect(reviews.map((r) => r.action)).toContain('review.challenged');
      expect(reviews.map((r) => r.action)).toContain('review.commented');
    });

    test("the review queue holds every cell not approved, the reader's own changes last", async () => {
      const all = await states();
      const queue = await ws.call<ReviewQueue & { revision: number }>('reviewQueue', {
        id: 'talks',
        reader: CORA.toUpperCase(),
      });
      const counted = (state: string) => Object.values(all).filter((s) => s === state).length;
      expect(queue.awaiting.length).toBe(counted('awaiting'));
      expect(queue.challenged.length).toBe(counted('challenged'));
      expect(queue.approved).toBe(counted('approved'));
      const mine = queue.awaiting.filter((i) => i.yours).map((i) => i.cell);
      expect(mine).toContain(CELL);
      expect(queue.awaiting.slice(-mine.length).every((i) => i.yours)).toBe(true);
      const item = queue.awaiting.find((i) => i.cell === CELL)!;
      expect(item.change.author).toBe(CORA);
      expect(item.change.time).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const log = await ws.call<{ number: number }[]>('log', { id: 'talks' });
      expect(queue.revision).toBe(log.length);
      // Rita's view of the same queue: Cora's changes are Rita's to decide.
      const rita = await ws.call<ReviewQueue>('reviewQueue', { id: 'talks', reader: RITA });
      expect(rita.awaiting.find((i) => i.cell === CELL)!.yours).toBe(false);
      expect(await ws.call('reviewQueue', { id: 'nothing', reader: RITA })).toBeNull(); // undefined, through the worker
    });

    test('the table refuses a challenge without text and an event about a revision that does not exist', async () => {
      await expect(
        ws.call('sql', {
          text: `INSERT INTO workspace_reviews (dataset_id, cell, kind, author, created_at, revision, text) VALUES ('talks', '${CELL}', 'challenge', 'x', now(), 1, ' ')`,
        }),
      ).rejects.toThrow();
      await expect(
        ws.call('sql', {
          text: `INSERT INTO workspace_reviews (dataset_id, cell, kind, author, created_at, revision, text) VALUES ('talks', '${CELL}', 'approve', 'x', now(), 999, '')`,
        }),
      ).rejects.toThrow();
    });
  });
}
