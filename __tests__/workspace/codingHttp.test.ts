import type { Draft } from '@/lib/data/drafts';
import type { Revision, UserResult } from '@/lib/data/workspace';
import { WorkerClient } from './support/client';
import { describeEngine, ENGINES } from './support/engines';

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const ORIGIN = 'http://127.0.0.1:3000';
const PASSWORD = 'a long enough password';
const DATASET = 'talks';
const TEXT = 'Delegation A said: we want the border drawn at the river.\r\n\r\nB disagreed.\n';

for (const engine of ENGINES) {
  describeEngine(engine)(`workspace coding routes on ${engine.name}`, () => {
    let ws: WorkerClient;
    const cookies: Record<string, string> = {};

    const call = (
      part: string,
      options: {
        as?: string;
        json?: unknown;
        form?: [string, string][];
        multipart?: { fields: [string, string][]; file?: { name: string; text: string } };
        headers?: Record<string, string>;
      },
    ) => {
      const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
      if (options.as) headers.cookie = cookies[options.as]!;
      let body: string | undefined;
      if (options.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(options.form).toString();
      } else if (options.multipart) {
        const b = 'XboundaryX';
        headers['content-type'] = `multipart/form-data; boundary=${b}`;
        const parts = options.multipart.fields.map(
          ([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
        );
        const f = options.multipart.file;
        if (f)
          parts.push(
            `--${b}\r\nContent-Disposition: form-data; name="upload"; filename="${f.name}"\r\nContent-Type: text/plain\r\n\r\n${f.text}\r\n`,
          );
        body = `${parts.join('')}--${b}--\r\n`;
      }
      return ws.call<Answer>('codingRoute', {
        dataset: DATASET,
        part,
        request: {
          method: 'POST',
          url: `${ORIGIN}/api/workspace/datasets/${DATASET}/${part}`,
          headers,
          body,
        },
      });
    };
    const json = (a: Answer) => JSON.parse(a.body) as Record<string, unknown>;
    const head = async () =>
      Number(
        /^r(\d+)/.exec((await ws.call<{ version: string }>('get', { id: DATASET })).version)![1],
      );
    const log = () => ws.call<Revision[]>('log', { id: DATASET });
    /** The draft a refused form's 303 points to, as `email` reads it (undefined when it cannot). */
    const draftAt = async (a: Answer, email: string) =>
      (await ws.call<Draft | null>('draftOf', {
        token: new URL(a.headers.location!, ORIGIN).searchParams.get('draft'),
        email,
        dataset: DATASET,
      })) ?? undefined;

    beforeAll(async () => {
      const started = await WorkerClient.start(await engine.fresh());
      expect(started.hello).toMatchObject({ ready: true });
      ws = started.client;
      for (const [email, role] of [
        ['cora@example.org', 'coder'],
        ['cody@example.org', 'coder'],
        ['vic@example.org', 'viewer'],
      ]) {
        expect(
          await ws.call<UserResult>('createUser', {
            input: { email, role, password: PASSWORD },
            actor: { name: 'cli (test)' },
          }),
        ).toMatchObject({ ok: true });
        const signed = await ws.call<{ ok: boolean; token: string }>('signIn', {
          input: { email, password: PASSWORD, address: '192.0.2.1' },
        });
        cookies[email!] = `np_session=${signed.token}`;
      }
      expect(
        await ws.call('createDataset', {
          input: { id: DATASET, title: 'Talks', author: 'cora@example.org' },
        }),
      ).toMatchObject({ ok: true, revision: 1 });
    }, 60_000);
    afterAll(async () => {
      await ws?.close();
      await engine.cleanup();
    });

    const party = { id: 'b', name: 'Party B', shortName: 'B', kind: 'party-to-conflict' };

    test('401 without a session, 403 for a viewer, 403 from another origin; nothing saved', async () => {
      const body = { json: { baseRevision: 1, item: party } };
      expect((await call('parties', body)).status).toBe(401);
      const viewer = await call('parties', { ...body, as: 'vic@example.org' });
      expect(viewer.status).toBe(403);
      expect(json(viewer).error).toMatch(/coder role/);
      const offsite = await call('parties', {
        ...body,
        as: 'cora@example.org',
        headers: { origin: 'https://evil.example' },
      });
      expect(offsite.status).toBe(403);
      expect(await head()).toBe(1);
    });

    test('a party saved as a revision with the author and the reason; an unknown field is 400', async () => {
      const unknown = await call('parties', {
        as: 'cora@example.org',
        json: { baseRevision: 1, item: party, admin: true },
      });
      expect(unknown.status).toBe(400);
      expect(json(unknown).problems).toEqual([
        expect.objectContaining({ path: 'admin', message: 'unknown field "admin"' }),
      ]);
      const saved = await call('parties', {
        as: 'cora@example.org',
        json: { baseRevision: 1, item: party, reason: 'B joins the talks', create: true },
      });
      expect(saved.status).toBe(200);
      expect(json(saved)).toMatchObject({ revision: 2, key: 'b' });
      const last = (await log()).at(-1)!;
      expect(last).toMatchObject({
        number: 2,
        author: 'cora@example.org',
        reason: 'B joins the talks',
      });
      expect(last.edits).toEqual([
        expect.objectContaining({ part: 'parties', key: 'b', before: null, after: party }),
      ]);
      const again = await call('parties', {
        as: 'cora@example.org',
        json: { baseRevision: 2, item: party, create: true },
      });
      expect(again.status).toBe(409);
    });

    test("422 names the field in the validator's words (the item's schema, then the whole dataset)", async () => {
      const bad = await call('issues', {
        as: 'cora@example.org',
        json: {
          baseRevision: await head(),
          item: { id: 'border', title: 'Border', question: 'Where?', scale: { zero: 'x' } },
        },
      });
      expect(bad.status).toBe(422);
      expect(json(bad).problems).toEqual([
        expect.objectContaining({ field: 'scale.hundred', message: 'is required but missing' }),
      ]);
      const absentRound = await call('parties', {
        as: 'cora@example.org',
        json: { baseRevision: await head(), item: { ...party, rounds: ['round-9'] } },
      });
      expect(absentRound.status).toBe(422);
      expect(json(absentRound).problems).toEqual([
        expect.objectContaining({ field: 'rounds.0', path: 'parties[1].rounds[0]' }),
      ]);
    });

    test('a source uploaded as a .txt file keeps its text exactly; another kind of file is refused', async () => {
      const fields: [string, string][] = [
        ['baseRevision', String(await head())],
        ['create', 'true'],
        ['id', 'statement'],
        ['title', 'Statement of A'],
        ['kind', 'official-statement'],
        ['file', 'statement.txt'],
      ];
      const wrong = await call('sources', {
        as: 'cora@example.org',
        multipart: { fields, file: { name: 'statement.pdf', text: TEXT } },
      });
      expect(wrong.status).toBe(303);
      expect(wrong.headers.location).toMatch(/^\/workspace\/talks\/add\/sources\?draft=/);
      expect(await draftAt(wrong, 'cora@example.org')).toMatchObject({
        fields: { id: 'statement', title: 'Statement of A' },
        errors: [{ field: 'upload', message: 'must be a .txt or .md file' }],
        conflicts: [],
      });
      expect(await draftAt(wrong, 'cody@example.org')).toBeUndefined();
      const up = await call('sources', {
        as: 'cora@example.org',
        multipart: { fields, file: { name: 'statement.txt', text: TEXT } },
      });
      expect(up.status).toBe(303);
      expect(up.headers.location).toBe(
        `/workspace/talks/sources/statement/edit?saved=${await head()}`,
      );
      const entry = await ws.call<{ sourceTexts: Record<string, string> }>('get', { id: DATASET });
      expect(entry.sourceTexts['statement.txt']).toBe(TEXT);
    });

    test('a position with every field; a typed quote that is not verbatim is 422 on its field', async () => {
      const position = {
        party: 'party-a',
        issue: 'example-issue',
        round: 'round-1',
        status: 'stated',
        label: 'The river',
        summary: 'A wants the border at the river.',
        value: 80,
        acceptable: { min: 70, max: 90 },
        salience: 5,
        confidence: 'high',
        codingNote: 'Said plainly.',
        conditions: [{ text: 'If B withdraws first', issue: 'example-issue' }],
        evidence: [
          {
            source: 'statement',
            quote: 'we want the border drawn at the river',
            attribution: 'own-words',
            locator: 'para. 1, characters 19–56',
            speaker: 'Head of delegation A',
            date: '2025-05-16',
            reading: 80,
          },
        ],
      };
      const paraphrase = await call('positions', {
        as: 'cora@example.org',
        json: {
          baseRevision: await head(),
          item: {
            ...position,
            evidence: [{ ...position.evidence[0], quote: 'we want the river as the border' }],
          },
        },
      });
      expect(paraphrase.status).toBe(422);
      expect(json(paraphrase).problems).toEqual([
        expect.objectContaining({
          field: 'evidence.0.quote',
          message: expect.stringMatching(/is not found verbatim in source "statement"/),
        }),
      ]);
      const saved = await call('positions', {
        as: 'cora@example.org',
        json: { baseRevision: await head(), item: position, reason: 'coded from the statement' },
      });
      expect(saved.status).toBe(200);
      expect(json(saved)).toMatchObject({ key: 'party-a/example-issue/round-1' });
      const entry = await ws.call<{ dataset: { positions: unknown[] } }>('get', { id: DATASET });
      expect(entry.dataset.positions).toEqual([position]);
    });

    test("a second tab's stale edit of the same cell is 409 with the other change; other cells merge", async () => {
      const base = await head();
      const round = (label: string) => ({ id: 'round-1', label, date: '2025-05-16' });
      const first = await call('rounds', {
        as: 'cora@example.org',
        json: { baseRevision: base, item: round('First meeting'), reason: 'named it' },
      });
      expect(first.status).toBe(200);
      const stale = await call('rounds', {
        as: 'cody@example.org',
        json: { baseRevision: base, item: round('Opening round') },
      });
      expect(stale.status).toBe(409);
      expect(json(stale).conflicts).toEqual([
        expect.objectContaining({
          revision: base + 1,
          author: 'cora@example.org',
          reason: 'named it',
          after: round('First meeting'),
        }),
      ]);
      const staleForm = await call('rounds', {
        as: 'cody@example.org',
        form: [
          ['baseRevision', String(base)],
          ['id', 'round-1'],
          ['label', 'Opening round'],
          ['date', '2025-05-16'],
        ],
      });
      expect(staleForm.status).toBe(303);
      expect(staleForm.headers.location).toMatch(/^\/workspace\/talks\/rounds\/round-1\?draft=/);
      expect(await draftAt(staleForm, 'cody@example.org')).toMatchObject({
        fields: { label: 'Opening round' },
        conflicts: [
          { revision: base + 1, author: 'cora@example.org', after: round('First meeting') },
        ],
      });
      const other = await call('parties', {
        as: 'cody@example.org',
        json: { baseRevision: base, item: { ...party, name: 'Party B (renamed)' } },
      });
      expect(other.status).toBe(200);
      expect((await log()).at(-1)).toMatchObject({
        author: 'cody@example.org',
        reason: 'edited party b',
      });
    });

    test('use as evidence: the exact passage at its offsets opens the editor; a changed passage is flagged', async () => {
      const start = TEXT.indexOf('we want');
      const end = TEXT.indexOf('.', start);
      const fields = (quote: string) => ({
        party: 'b',
        issue: 'example-issue',
        round: 'round-1',
        source: 'statement',
        quote,
        start: String(start),
        end: String(end),
        attribution: 'reported',
      });
      const ok = await call('evidence', {
        as: 'cora@example.org',
        json: fields(TEXT.slice(start, end)),
      });
      expect(ok.status).toBe(200);
      expect(json(ok)).toMatchObject({
        key: 'b/example-issue/round-1',
        problems: [],
        fields: {
          'evidence.0.quote': TEXT.slice(start, end),
          'evidence.0.locator': `para. 1, characters ${start}–${end}`,
          'evidence.0.attribution': 'reported',
        },
      });
      const changed = await call('evidence', {
        as: 'cora@example.org',
        json: fields('we want the border at the river'),
      });
      expect(json(changed).problems).toEqual([
        expect.objectContaining({ field: 'evidence.0.quote' }),
      ]);
      expect((await call('evidence', { json: fields('x') })).status).toBe(401);
      const opened = await call('evidence', {
        as: 'cora@example.org',
        form: Object.entries(fields(TEXT.slice(start, end))),
      });
      expect(opened.status).toBe(303);
      expect(opened.headers.location).toMatch(
        /^\/workspace\/talks\/positions\/b\/example-issue\/round-1\?draft=/,
      );
      expect(await draftAt(opened, 'cora@example.org')).toMatchObject({
        fields: { 'evidence.0.quote': TEXT.slice(start, end) },
        errors: [],
      });
    });

    // jsonb cannot hold a NUL character, so these drafts are refused by the database itself.
    test('a draft the database cannot keep: the refusal in plain text, nothing saved or opened', async () => {
      const before = await head();
      const refused = await call('parties', {
        as: 'cora@example.org',
        form: [
          ['baseRevision', String(before)],
          ['create', 'true'],
          ['id', 'c'],
          ['name', 'Party\u0000C'],
        ],
      });
      expect(refused.status).toBe(422);
      expect(refused.headers['content-type']).toMatch(/^text\/plain/);
      expect(refused.headers.location).toBeUndefined();
      expect(refused.body).toMatch(/^Refused: .+\. Nothing was changed\.\n- /);
      expect(refused.body).toContain('Your entries could not be kept');
      const passage = await call('evidence', {
        as: 'cora@example.org',
        form: [
          ['party', 'b'],
          ['issue', 'example-issue'],
          ['round', 'round-1'],
          ['source', 'statement'],
          ['quote', 'we\u0000want'],
        ],
      });
      expect(passage.status).toBe(503);
      expect(passage.body).toContain('The passage could not be kept');
      expect(await head()).toBe(before);
    });

    describe('removing an item', () => {
      const carl = { id: 'carl', name: 'Party C', shortName: 'C', kind: 'mediator' };
      const remove = (part: string, body: Record<string, unknown>, as = 'cora@example.org') =>
        call(`${part}/remove`, { as, json: body });

      test('a viewer, no session or another origin is refused; an unticked box or unknown key changes nothing', async () => {
        const added = await call('parties', {
          as: 'cora@example.org',
          json: { baseRevision: await head(), item: carl, create: true },
        });
        expect(added.status).toBe(200);
        const at = await head();
        const body = { key: 'carl', baseRevision: at, confirm: true };
        expect((await call('parties/remove', { json: body })).status).toBe(401);
        const viewer = await remove('parties', body, 'vic@example.org');
        expect(viewer.status).toBe(403);
        expect(json(viewer).error).toMatch(/coder role/);
        const offsite = await call('parties/remove', {
          as: 'cora@example.org',
          json: body,
          headers: { origin: 'https://evil.example' },
        });
        expect(offsite.status).toBe(403);
        const unticked = await remove('parties', { key: 'carl', baseRevision: at });
        expect(unticked.status).toBe(400);
        expect(json(unticked).error).toMatch(/confirm tick the box/);
        const extra = await remove('parties', { ...body, item: carl });
        expect(extra.status).toBe(400);
        const missing = await remove('parties', { ...body, key: 'nobody' });
        expect(missing.status).toBe(404);
        expect(json(missing).error).toBe('There is no party "nobody" to remove in "talks".');
        expect((await remove('nothing', body)).status).toBe(404);
        expect(await head()).toBe(at);
      });

      test('a removal is a revision with its author and reason; the earlier version still has the item', async () => {
        const at = await head();
        const done = await remove('parties', {
          key: 'carl',
          baseRevision: at,
          confirm: true,
          reason: 'added by mistake',
        });
        expect(done.status).toBe(200);
        expect(json(done)).toMatchObject({
          revision: at + 1,
          removed: { part: 'parties', key: 'carl' },
        });
        const latest = (await log()).at(-1)!;
        expect(latest).toMatchObject({
          number: at + 1,
          author: 'cora@example.org',
          reason: 'added by mistake',
        });
        const now = await ws.call<{ dataset: { parties: { id: string }[] } }>('get', {
          id: DATASET,
        });
        expect(now.dataset.parties.map((p) => p.id)).not.toContain('carl');
        const before = await ws.call<{ dataset: { parties: { id: string }[] } }>('get', {
          id: DATASET,
          version: String(at),
        });
        expect(before.dataset.parties.map((p) => p.id)).toContain('carl');
      });

      test('a removal that would break the dataset is 422 naming what still needs the item', async () => {
        const at = await head();
        const got = await ws.call<{ dataset: { positions: { party: string }[] } }>('get', {
          id: DATASET,
        });
        const party = got.dataset.positions[0]!.party;
        const refused = await remove('parties', { key: party, baseRevision: at, confirm: true });
        expect(refused.status).toBe(422);
        expect(json(refused).error).toMatch(
          /^Refused: the party cannot be removed, the dataset would be invalid: positions\[\d+\]\.party: /,
        );
        const last = await remove('rounds', { key: 'round-1', baseRevision: at, confirm: true });
        expect(json(last).error).toMatch(/rounds: a dataset needs at least one round/);
        expect(await head()).toBe(at);
      });

      test('a stale removal is 409 with the other change; a form is sent back to the item page or on to the coding home', async () => {
        const base = await head();
        const added = await call('parties', {
          as: 'cora@example.org',
          json: { baseRevision: base, item: carl, create: true },
        });
        expect(added.status).toBe(200);
        const renamed = await call('parties', {
          as: 'cody@example.org',
          json: {
            baseRevision: base + 1,
            item: { ...carl, name: 'Party C, renamed' },
            reason: 'its full name',
          },
        });
        expect(renamed.status).toBe(200);
        const stale = await remove('parties', {
          key: 'carl',
          baseRevision: base + 1,
          confirm: true,
        });
        expect(stale.status).toBe(409);
        expect(json(stale).conflicts).toEqual([
          expect.objectContaining({ author: 'cody@example.org', reason: 'its full name' }),
        ]);
        const formRefused = await call('parties/remove', {
          as: 'cora@example.org',
          form: [
            ['key', 'carl'],
            ['baseRevision', String(base + 1)],
            ['confirm', 'true'],
          ],
        });
        expect(formRefused.status).toBe(303);
        expect(formRefused.headers.location).toMatch(/^\/workspace\/talks\/parties\/carl\?draft=/);
        expect(await draftAt(formRefused, 'cora@example.org')).toMatchObject({
          fields: { id: 'carl' },
          conflicts: [{ author: 'cody@example.org', reason: 'its full name' }],
        });
        const formDone = await call('parties/remove', {
          as: 'cora@example.org',
          form: [
            ['key', 'carl'],
            ['baseRevision', String(base + 2)],
            ['confirm', 'true'],
          ],
        });
        expect(formDone.status).toBe(303);
        expect(formDone.headers.location).toBe(
          `/workspace/talks?saved=${base + 3}&removed=parties`,
        );
        expect((await log()).at(-1)!.reason).toBe('removed party carl');
      });
    });
  });
}
