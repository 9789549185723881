// A workspace in its own process, driven by line-delimited JSON on stdin, for the workspace
// tests: PGlite loads WebAssembly through dynamic imports that jest's module sandbox refuses,
// and crash and lock tests need a process to kill anyway. Replies are lines starting "@@".
import readline from 'node:readline';
import { dataRoot, FileStore } from '@/lib/data';
import {
  dumpWorkspace,
  importFolder,
  openWorkspaceDb,
  restoreWorkspace,
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
