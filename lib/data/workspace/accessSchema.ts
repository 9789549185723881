import { bigint, boolean, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** People who may sign in to the workspace (migration 2). */
export const users = pgTable('workspace_users', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  /** Trimmed and lowercase: one account per address. */
  email: text('email').notNull().unique(),
  role: text('role').notNull(),
  /** `scrypt$N$r$p$salt$hash` (lib/auth/password.ts); never leaves lib/data. */
  passwordHash: text('password_hash').notNull(),
  disabledAt: time('disabled_at'),
  createdAt: time('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedAt: time('updated_at').notNull(),
});

/** Signed-in sessions: the SHA-256 of each cookie's token, never the token. */
export const sessions = pgTable('workspace_sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: time('created_at').notNull(),
  expiresAt: time('expires_at').notNull(),
  address: text('address').notNull(),
});

/** Every sign-in tried, for the rate limits (kept a day). */
export const signInAttempts = pgTable('workspace_signin_attempts', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: time('at').notNull(),
  /** The email tried, normalised (it need not be anyone's). */
  email: text('email').notNull(),
  address: text('address').notNull(),
  succeeded: boolean('succeeded').notNull(),
});

/** Who did what to access, and when: sign-ins, failures, users and roles (kept for good). */
export const audit = pgTable('workspace_audit', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  at: time('at').notNull(),
  action: text('action').notNull(),
  /** The signed-in user's email, "cli (<login>)" for the command line, null when nobody is. */
  actor: text('actor'),
  /** What it was done to: a user's email, a dataset's id. */
  subject: text('subject'),
  address: text('address'),
  /** A JSON object of details (the role before and after, the reason). */
  detail: text('detail').notNull(),
});
