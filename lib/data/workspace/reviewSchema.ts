import { bigint, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Review events of position cells (migration 3): approvals, challenges, comments and answers. */
export const reviews = pgTable('workspace_reviews', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
  datasetId: text('dataset_id').notNull(),
  /** The position's key, `party/issue/round`. */
  cell: text('cell').notNull(),
  /** approve | challenge | comment. */
  kind: text('kind').notNull(),
  /** The signed-in user's email. */
  author: text('author').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  /** The revision of the cell's latest change when the event was recorded: the coding it is about. */
  revision: integer('revision').notNull(),
  text: text('text').notNull(),
});
