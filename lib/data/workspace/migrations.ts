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
  {
    version: 2,
    name: 'users, sessions, sign-in attempts and the audit log',
    statements: [
      `CREATE TABLE workspace_users (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND email <> ''),
        role text NOT NULL CHECK (role IN ('viewer', 'coder', 'reviewer', 'admin')),
        password_hash text NOT NULL,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
      `CREATE TABLE workspace_sessions (
        token_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES workspace_users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        address text NOT NULL
      )`,
      `CREATE INDEX workspace_sessions_user ON workspace_sessions (user_id)`,
      `CREATE INDEX workspace_sessions_expiry ON workspace_sessions (expires_at)`,
      `CREATE TABLE workspace_signin_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        email text NOT NULL,
        address text NOT NULL,
        succeeded boolean NOT NULL
      )`,
      `CREATE INDEX workspace_signin_attempts_email ON workspace_signin_attempts (email, at)`,
      `CREATE INDEX workspace_signin_attempts_address ON workspace_signin_attempts (address, at)`,
      `CREATE TABLE workspace_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        action text NOT NULL,
        actor text,
        subject text,
        address text,
        detail text NOT NULL
      )`,
    ],
  },
  {
    version: 3,
    name: 'review events of position cells',
    statements: [
      `CREATE TABLE workspace_reviews (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        dataset_id text NOT NULL,
        cell text NOT NULL CHECK (cell <> ''),
        kind text NOT NULL CHECK (kind IN ('approve', 'challenge', 'comment')),
        author text NOT NULL CHECK (author <> ''),
        created_at timestamptz NOT NULL,
        revision integer NOT NULL CHECK (revision >= 1),
        text text NOT NULL,
        CHECK (kind <> 'challenge' OR btrim(text) <> ''),
        FOREIGN KEY (dataset_id, revision)
          REFERENCES workspace_revisions (dataset_id, number) ON DELETE CASCADE
      )`,
      `CREATE INDEX workspace_reviews_cell ON workspace_reviews (dataset_id, cell, id)`,
    ],
  },
  {
    version: 4,
    name: 'drafts of refused coding forms',
    statements: [
      `CREATE TABLE workspace_drafts (
        token_hash text PRIMARY KEY,
        email text NOT NULL CHECK (email <> ''),
        dataset_id text NOT NULL CHECK (dataset_id <> ''),
        draft jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        CHECK (expires_at > created_at)
      )`,
      `CREATE INDEX workspace_drafts_expiry ON workspace_drafts (expires_at)`,
      `CREATE INDEX workspace_drafts_email ON workspace_drafts (email, created_at)`,
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
