// npm run workspace -- import data/<id> [--id <new>] [--author <name>]
//                    | export <id> <folder> [--revision <n>] [--force]
//                    | log <id> | diff <id> <n> <m> | migrate | dump <file> | restore <file>
// The workspace: PGlite in WORKSPACE_DIR (default ./workspace), or the PostgreSQL server at
// DATABASE_URL. Every command brings an empty or older database up to date first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dataRoot, FileStore } from '@/lib/data';
import {
  countEdits,
  describeEdit,
  dumpWorkspace,
  exportDataset,
  importFolder,
  MIGRATIONS,
  openWorkspaceDb,
  restoreWorkspace,
  schemaVersion,
  workspaceConfig,
  WorkspaceLockedError,
  WorkspaceStore,
  type WorkspaceDb,
} from '@/lib/data/workspace';
import { argPath, datasetJsonText, fail } from './cli';

const USAGE = `usage: npm run workspace -- <command>
  import data/<id> [--id <new-id>] [--author <name>]   copy a folder dataset into the workspace
  export <id> <folder> [--revision <n>] [--force]      write it as <folder>/<id> (dataset.json + sources/)
  log <id>                                             every revision: number, time, author, reason
  diff <id> <n> <m>                                    what changed from revision n to revision m
  migrate                                              bring the database's tables up to date
  dump <file>                                          back up the whole workspace to a file
  restore <file>                                       restore a backup into an empty workspace`;

/** A plain refusal: main closes the workspace, prints it and exits with status 1. */
class Stop extends Error {}

function stop(message: string): never {
  throw new Stop(message);
}

function revisionArg(text: string | undefined, what: string): number {
  const n = Number(text);
  if (!text || !Number.isInteger(n) || n < 1)
    stop(`${what} must be a revision number (1, 2, 3...)\n${USAGE}`);
  return n;
}

/** How many arguments each command takes. */
const ARGUMENTS: Record<string, number> = {
  migrate: 0,
  import: 1,
  export: 2,
  log: 1,
  diff: 3,
  dump: 1,
  restore: 1,
};

/** The folder an export writes `<id>` into: `<folder>` itself when it is named after the id. */
function exportRoot(id: string, folderArg: string): string {
  const folder = argPath(folderArg);
  return path.basename(folder) === id ? path.dirname(folder) : folder;
}

/** Refusals that need no database, made before opening it (a PGlite open takes seconds). */
function precheck(command: string, args: string[], values: Record<string, unknown>): void {
  if (ARGUMENTS[command] !== args.length) fail(USAGE);
  if (command === 'diff') args.slice(1).forEach((n) => revisionArg(n, 'n and m'));
  if (values.revision !== undefined) revisionArg(values.revision as string, '--revision');
  if (
    command === 'export' &&
    path.resolve(exportRoot(args[0]!, args[1]!)) === path.resolve(dataRoot())
  )
    fail(
      `exporting into the data folder would give "${args[0]}" a second home (ids are unique across folders and the workspace); export elsewhere`,
    );
}

async function run(
  ws: WorkspaceDb,
  command: string,
  args: string[],
  values: Record<string, unknown>,
) {
  const store = new WorkspaceStore(async () => ws);
  switch (command) {
    case 'migrate': {
      const version = await schemaVersion(ws.db);
      console.log(
        `workspace (${ws.location}) is at schema version ${version} of ${MIGRATIONS.length}`,
      );
      return;
    }
    case 'import': {
      const author = (values.author as string | undefined) ?? os.userInfo().username;
      const result = await importFolder(store, new FileStore(dataRoot()), argPath(args[0]!), {
        newId: values.id as string | undefined,
        author,
      });
      if (!result.ok) stop(result.message);
      console.log(
        `imported ${args[0]} into the workspace as "${result.id}", version ${result.version}`,
      );
      return;
    }
    case 'export': {
      const [id, folderArg] = args as [string, string];
      const root = exportRoot(id, folderArg);
      const revision = values.revision
        ? revisionArg(values.revision as string, '--revision')
        : undefined;
      const written = await exportDataset(store, id, root, {
        revision,
        force: Boolean(values.force),
        format: (json) => datasetJsonText(json, path.join(root, id)),
      });
      if (!written.ok) stop(written.message);
      console.log(`wrote ${written.dir} (dataset.json and sources/)`);
      return;
    }
    case 'log': {
      const revisions = await store.log(args[0]!);
      if (!revisions.length) stop(`the workspace has no dataset "${args[0]}"`);
      for (const r of revisions)
        console.log(
          `r${r.number}  ${r.time}  ${r.author}  ${r.reason}  (${countEdits(r.edits)})  ${r.hash.slice(0, 8)}`,
        );
      return;
    }
    case 'diff': {
      const [id, from, to] = args as [string, string, string];
      const edits = await store.diff(id, revisionArg(from, 'n'), revisionArg(to, 'm'));
      if (!edits) stop(`${id} has no such revisions in the workspace`);
      if (!edits.length) console.log('no differences');
      for (const edit of edits) console.log(describeEdit(edit));
      return;
    }
    case 'dump': {
      const file = argPath(args[0]!);
      const dump = await dumpWorkspace(ws);
      fs.writeFileSync(file, `${JSON.stringify(dump)}\n`);
      const count = dump.datasets.reduce((n, d) => n + d.revisions.length, 0);
      console.log(
        `wrote ${file}: ${dump.datasets.length} datasets, ${count} revisions, ${dump.users?.length ?? 0} users, ${dump.reviews?.length ?? 0} reviews, ${dump.audit?.length ?? 0} audit entries (it holds password hashes: keep it as safe as the database)`,
      );
      return;
    }
    case 'restore': {
      const file = argPath(args[0]!);
      let dump: unknown;
      try {
        dump = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch {
        stop(`cannot read ${file} as a workspace dump`);
      }
      const result = await restoreWorkspace(ws, dump);
      if (!result.ok) stop(result.message);
      console.log(
        `restored ${result.datasets} datasets, ${result.revisions} revisions, ${result.users} users, ${result.reviews} reviews, ${result.audit} audit entries into ${ws.location}`,
      );
      return;
    }
    default:
      stop(USAGE);
  }
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      author: { type: 'string' },
      revision: { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const [command, ...args] = positionals;
  if (!command) fail(USAGE);
  try {
    precheck(command, args, values);
  } catch (error) {
    if (error instanceof Stop) fail(error.message);
    throw error;
  }
  let ws: WorkspaceDb;
  try {
    ws = await openWorkspaceDb(workspaceConfig());
  } catch (error) {
    if (error instanceof WorkspaceLockedError) fail(error.message);
    fail(`cannot open the workspace: ${error instanceof Error ? error.message : String(error)}`);
  }
  let refusal: string | undefined;
  try {
    await run(ws, command, args, values);
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    refusal = error.message;
  } finally {
    await ws.close();
  }
  if (refusal) fail(refusal);
}

void main();
