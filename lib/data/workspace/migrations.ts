import { sql } from 'drizzle-orm';
import { queryRows, type WorkspaceDatabase } from './db';

/** One versioned migration: plain SQL statements that PostgreSQL 15 to 18 (and PGlite) accept. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

/** Every migration, oldest first. Never edit one that has shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'datasets and revisions',
    statements: [
      `CREATE TABLE workspace_datasets (
        id text PRIMARY KEY,
        revision integer NOT NULL CHECK (revision >= 1),
        dataset text NOT NULL,
        texts text NOT NULL,
        content_hash text NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
      `CREATE TABLE workspace_revisions (
        dataset_id text NOT NULL REFERENCES workspace_datasets (id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        author text NOT NULL,
        created_at timestamptz NOT NULL,
        reason text NOT NULL,
        change text NOT NULL,
        content_hash text NOT NULL,
        PRIMARY KEY (dataset_id, number)
      )`,
      `CREATE INDEX workspace_revisions_time ON workspace_revisions (dataset_id, created_at)`,
    ],
  },
];

// Any fixed number: every process migrating one server takes the same advisory lock.
const MIGRATION_LOCK = 726_451_016;

/**
 * Brings the database up to the newest migration in one transaction, under an advisory lock so
 * two processes starting together do not both migrate. Returns the versions applied now (empty
 * when it was up to date).
 */
export async function migrate(db: WorkspaceDatabase): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(
      sql.raw(`CREATE TABLE IF NOT EXISTS workspace_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`),
    );
    const found = await queryRows(tx, sql`SELECT version FROM workspace_migrations`);
    const done = new Set(found.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`INSERT INTO workspace_migrations (version, name) VALUES (${migration.version}, ${migration.name})`,
      );
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The newest migration applied to the database, or 0. */
export async function schemaVersion(db: WorkspaceDatabase): Promise<number> {
  const rows = await queryRows(
    db,
    sql`SELECT coalesce(max(version), 0) AS v FROM workspace_migrations`,
  );
  return Number(rows[0]?.v ?? 0);
}
