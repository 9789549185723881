// A workspace in its own process, driven by line-delimited JSON on stdin, for the workspace
// tests: PGlite loads WebAssembly through dynamic imports that jest's module sandbox refuses,
// and crash and lock tests need a process to kill anyway. Replies are lines starting "@@".
import readline from 'node:readline';
import { dataRoot, FileStore } from '@/lib/data';
import {
  auditPage,
  cellReviewRecord,
  changeUser,
  createBlankDataset,
  datasetReviewQueue,
  datasetReviewStates,
  createUser,
  dumpWorkspace,
  listUsers,
  removeUser,
  sessionCount,
  sessionUser,
  setPassword,
  signIn,
  signOut,
  importFolder,
  openWorkspaceDb,
  recordReview,
  restoreWorkspace,
  reviewStamp,
  workspaceConfig,
  WorkspaceStore,
  type WorkspaceDb,
} from '@/lib/data/workspace';

const say = (message: unknown) => process.stdout.write(`@@${JSON.stringify(message)}\n`);

async function handle(
  ws: WorkspaceDb,
  store: WorkspaceStore,
  op: string,
  a: Record<string, unknown>,
) {
  switch (op) {
    case 'import':
      return importFolder(store, new FileStore(dataRoot()), String(a.dir), {
        newId: a.newId as string | undefined,
        author: 'importer',
      });
    case 'get': {
      const entry = await store.get(String(a.id), { version: a.version as string | undefined });
      return entry && { ...entry, sourceTexts: Object.fromEntries(entry.sourceTexts) };
    }
    case 'list':
      return store.list();
    case 'save':
      return store.save(String(a.id), a.change as never, a.options as never);
    case 'log':
      return store.log(String(a.id));
    case 'diff':
      return store.diff(String(a.id), Number(a.from), Number(a.to));
    case 'dump':
      return dumpWorkspace(ws);
    case 'restore':
      return restoreWorkspace(ws, a.dump);
    // People and access (users.ts, sessions.ts, audit.ts); times travel as ISO strings.
    case 'createUser':
      return createUser(ws.db, a.input as never, a.actor as never);
    case 'listUsers':
      return listUsers(ws.db);
    case 'changeUser':
      return changeUser(ws.db, String(a.key), a.change as never, a.actor as never);
    case 'removeUser':
      return removeUser(ws.db, String(a.key), a.actor as never);
    case 'setPassword':
      return setPassword(ws.db, String(a.key), String(a.password), a.actor as never);
    case 'signIn':
      return signIn(ws.db, a.input as never, {
        now: a.now ? new Date(String(a.now)) : undefined,
        limits: a.limits as never,
      });
    case 'sessionUser':
      return sessionUser(
        ws.db,
        a.token as string | undefined,
        a.now ? new Date(String(a.now)) : undefined,
      );
    case 'signOut':
      return signOut(ws.db, a.token as string | undefined, (a.address as string) ?? null);
    case 'sessionCount':
      return sessionCount(ws.db, Number(a.userId));
    case 'audit':
      return auditPage(ws.db, Number(a.page ?? 1), a.size as number | undefined);
    case 'createDataset':
      return createBlankDataset(store, new FileStore(dataRoot()), a.input as never);
    // Review of position cells (reviews.ts).
    case 'recordReview':
      return recordReview(ws.db, a.input as never, a.now ? new Date(String(a.now)) : undefined);
    case 'reviewStates': {
      const states = await datasetReviewStates(
        ws.db,
        String(a.id),
        a.revision as number | undefined,
      );
      return states && Object.fromEntries(states);
    }
    case 'cellReview':
      return cellReviewRecord(
        ws.db,
        String(a.id),
        String(a.cell),
        a.revision as number | undefined,
      );
    case 'reviewStamp':
      return reviewStamp(ws.db);
    case 'reviewQueue':
      return datasetReviewQueue(ws.db, String(a.id), String(a.reader));
    // Drafts of refused coding forms (lib/data/drafts.ts).
    case 'keepDraft': {
      const { keepDraft } = await import('@/lib/data/drafts');
      return keepDraft(ws.db, a.draft as never, a.now ? new Date(String(a.now)) : undefined);
    }
    case 'draftOf': {
      const { draftOf } = await import('@/lib/data/drafts');
      return draftOf(
        ws.db,
        a.token as string | undefined,
        String(a.email),
        String(a.dataset),
        a.now ? new Date(String(a.now)) : undefined,
      );
    }
    case 'sql': {
      const { sql } = await import('drizzle-orm');
      const result = (await ws.db.execute(sql.raw(String(a.text)))) as { rows?: unknown[] };
      return result.rows ?? [];
    }
    // A route handler of lib/data/accessRoutes.ts called with a real Request on this workspace.
    case 'route': {
      const routes = await import('@/lib/data/accessRoutes');
      const ctx = {
        open: async () => ws,
        stores: () => ({ workspace: store, folders: new FileStore(dataRoot()) }),
      };
      const r = a.request as {
        method: string;
        url: string;
        headers?: Record<string, string>;
        body?: string;
      };
      const request = new Request(r.url, { method: r.method, headers: r.headers, body: r.body });
      const name = String(a.route) as keyof typeof routes;
      const response =
        name === 'changeUserRoute'
          ? await routes.changeUserRoute(request, String(a.key), ctx)
          : await (routes[name] as (q: Request, c: typeof ctx) => Promise<Response>)(request, ctx);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
    }
    // The review route handler (lib/data/reviewRoutes.ts) with a real Request on this workspace.
    case 'reviewRoute': {
      const { reviewRoute } = await import('@/lib/data/reviewRoutes');
      const r = a.request as {
        method: string;
        url: string;
        headers?: Record<string, string>;
        body?: string;
      };
      const request = new Request(r.url, { method: r.method, headers: r.headers, body: r.body });
      const response = await reviewRoute(request, String(a.dataset), {
        open: async () => ws,
        stores: () => ({ workspace: store, folders: new FileStore(dataRoot()) }),
      });
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
    }
    // A coding action of lib/data/codingRoutes.ts, with its dataset and part, on this workspace.
    case 'codingRoute': {
      const coding = await import('@/lib/data/codingRoutes');
      const ctx = {
        open: async () => ws,
        stores: () => ({ workspace: store, folders: new FileStore(dataRoot()) }),
      };
      const r = a.request as {
        method: string;
        url: string;
        headers?: Record<string, string>;
        body?: string;
      };
      const request = new Request(r.url, { method: r.method, headers: r.headers, body: r.body });
      const part = String(a.part);
      const response = part.endsWith('/remove')
        ? await (
            await import('@/lib/data/removeRoute')
          ).removeItemRoute(request, String(a.dataset), part.slice(0, -'/remove'.length), ctx)
        : part === 'evidence'
          ? await coding.evidenceDraftRoute(request, String(a.dataset), ctx)
          : await coding.saveItemRoute(request, String(a.dataset), part, ctx);
      return {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      };
    }
    case 'close':
      await ws.close();
      say({ id: a.requestId, result: true });
      process.exit(0);
  }
  throw new Error(`unknown op ${op}`);
}

async function main() {
  let ws: WorkspaceDb;
  try {
    ws = await openWorkspaceDb(workspaceConfig());
  } catch (error) {
    say({ fatal: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  }
  const pause = process.env.WS_TEST_PAUSE_BEFORE_COMMIT === '1';
  const store = new WorkspaceStore(async () => ws, {
    // The crash test kills this process here: inside the write's transaction, before commit.
    beforeCommit: pause
      ? () => {
          say({ paused: true });
          return new Promise<void>(() => undefined);
        }
      : undefined,
  });
  say({ ready: true, pid: process.pid, engine: ws.engine });
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const { id, op, args } = JSON.parse(line) as {
      id: number;
      op: string;
      args: Record<string, unknown>;
    };
    handle(ws, store, op, { ...args, requestId: id }).then(
      (result) => say({ id, result: result ?? null }),
      (error: unknown) =>
        say({ id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

void main();
