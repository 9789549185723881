import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** One row per workspace dataset: its current revision, kept materialised for fast reads. */
export const datasets = pgTable('workspace_datasets', {
  id: text('id').primaryKey(),
  revision: integer('revision').notNull(),
  /** The current dataset JSON (text, so it reads back exactly as written). */
  dataset: text('dataset').notNull(),
  /** The current source texts: a JSON object of file name to text. */
  texts: text('texts').notNull(),
  contentHash: text('content_hash').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Every change ever made to a workspace dataset, one row per revision. */
export const revisions = pgTable(
  'workspace_revisions',
  {
    datasetId: text('dataset_id')
      .notNull()
      .references(() => datasets.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    author: text('author').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    reason: text('reason').notNull(),
    /** The change: JSON `{ edits: RecordedEdit[] }`, every part's before and after. */
    change: text('change').notNull(),
    /** The content hash of the dataset after this revision. */
    contentHash: text('content_hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.number] })],
);
