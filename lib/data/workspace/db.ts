import fs from 'node:fs';
import path from 'node:path';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockWorkspace } from './lock';
import { migrate } from './migrations';

/** The query layer over either engine (Drizzle; the schema is in ./schema). */
export type WorkspaceDatabase = PgDatabase<PgQueryResultHKT>;

/** Which engine holds the workspace: PGlite on disk, or a PostgreSQL server. */
export type WorkspaceEngine = 'pglite' | 'postgres';

/** An open workspace database. */
export interface WorkspaceDb {
  engine: WorkspaceEngine;
  /** Where it is, for people: the folder, or the server without its password. */
  location: string;
  db: WorkspaceDatabase;
  close(): Promise<void>;
}

/** Where the workspace is: a PostgreSQL URL, else a PGlite folder. */
export interface WorkspaceConfig {
  databaseUrl?: string;
  dir: string;
}

/** The workspace's configuration from the environment: DATABASE_URL, else WORKSPACE_DIR (./workspace). */
export function workspaceConfig(env: NodeJS.ProcessEnv = process.env): WorkspaceConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  return { databaseUrl, dir: path.resolve(env.WORKSPACE_DIR?.trim() || 'workspace') };
}

/** True when the configured workspace may hold data: a server, or a PGlite folder that exists. */
export function workspaceExists(config: WorkspaceConfig): boolean {
  return Boolean(config.databaseUrl) || fs.existsSync(path.join(config.dir, 'pgdata'));
}

/** A PostgreSQL URL for people: server and database only (no user, password or options). */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'a PostgreSQL server';
  }
}

/**
 * Opens the workspace and migrates it. PGlite keeps its files in `<dir>/pgdata` and is guarded
 * by a lock file naming this process; a server is reached through a small connection pool.
 */
export async function openWorkspaceDb(config: WorkspaceConfig): Promise<WorkspaceDb> {
  const opened = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(config.dir);
  try {
    await migrate(opened.db);
  } catch (error) {
    await opened.close();
    throw error;
  }
  return opened;
}

async function openPostgres(url: string): Promise<WorkspaceDb> {
  const { Pool } = (await import('pg')).default;
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max: 5 });
  const db = drizzle({ client: pool }) as unknown as WorkspaceDatabase;
  return { engine: 'postgres', location: safeUrl(url), db, close: () => pool.end() };
}

async function openPglite(dir: string): Promise<WorkspaceDb> {
  const release = lockWorkspace(dir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const client = await PGlite.create(path.join(dir, 'pgdata'));
    const db = drizzle({ client }) as unknown as WorkspaceDatabase;
    const close = async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    };
    return { engine: 'pglite', location: dir, db, close };
  } catch (error) {
    release();
    throw error;
  }
}

// Once per process: PGlite may be open in one place only, and a pool should be shared. Next
// bundles pages and route handlers separately, each with its own copy of this module, so the
// map lives on globalThis rather than in the module.
const SHARED = Symbol.for('negotiation-positions.workspace-db');
const shared: Map<string, Promise<WorkspaceDb>> = ((
  globalThis as { [SHARED]?: Map<string, Promise<WorkspaceDb>> }
)[SHARED] ??= new Map());

/** The process's workspace database for this configuration, opened (and migrated) on first use. */
export function sharedWorkspaceDb(
  config: WorkspaceConfig = workspaceConfig(),
): Promise<WorkspaceDb> {
  const key = config.databaseUrl ?? config.dir;
  let db = shared.get(key);
  if (!db) {
    db = openWorkspaceDb(config);
    db.catch(() => shared.delete(key));
    shared.set(key, db);
  }
  return db;
}

/** The rows of a raw SQL statement, on either engine (both drivers answer with `{ rows }`). */
export async function queryRows(
  db: Pick<WorkspaceDatabase, 'execute'>,
  query: SQL,
): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as { rows?: Record<string, unknown>[] };
  return result.rows ?? [];
}
