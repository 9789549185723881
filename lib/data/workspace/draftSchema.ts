import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const time = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Refused coding forms waiting to be shown again (migration 4): the SHA-256 of each `?draft=`
 * token, never the token; whose and which dataset's; the entries and why they were refused.
 * Transient (a quarter of an hour): no dump keeps them.
 */
export const drafts = pgTable('workspace_drafts', {
  tokenHash: text('token_hash').primaryKey(),
  /** The signed-in user who sent the form: the only one who may read it back. */
  email: text('email').notNull(),
  datasetId: text('dataset_id').notNull(),
  /** `{ fields, errors, conflicts }`, read back through the schema in lib/data/drafts.ts. */
  draft: jsonb('draft').notNull(),
  createdAt: time('created_at').notNull(),
  expiresAt: time('expires_at').notNull(),
});
