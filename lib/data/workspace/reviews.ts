import { and, asc, eq, lte, sql } from 'drizzle-orm';
import {
  cellChanges,
  latestPositionChanges,
  reviewKindSchema,
  reviewStateOf,
  reviewStates,
  samePerson,
  type CellChange,
  type LatestChange,
  type ReviewEvent,
  type ReviewKind,
  type ReviewState,
} from '@/lib/review/state';
import { reviewQueue, type ReviewQueue } from '@/lib/review/queue';
import { queryRows, type WorkspaceDatabase } from './db';
import { versionLabel } from './hash';
import { recordAudit } from './audit';
import { revisionsAfter } from './revisions';
import { reviews } from './reviewSchema';
import { datasets, revisions } from './schema';

// Review events of position cells (docs/workspace-review.md): recorded here under the rules that
// need the database (the cell's latest change, its author, a stale revision); who may do what by
// role is the route's check (lib/data/reviewRoutes.ts).

type ReviewRow = typeof reviews.$inferSelect;

function eventOf(row: ReviewRow): ReviewEvent {
  const kind = reviewKindSchema.safeParse(row.kind);
  return {
    id: Number(row.id),
    cell: row.cell,
    kind: kind.success ? kind.data : 'comment',
    author: row.author,
    time: new Date(row.createdAt).toISOString(),
    revision: row.revision,
    text: row.text,
  };
}

export type { LatestChange };

/** A dataset's review events (one cell's with `cell`), in the order they were recorded. */
export async function reviewEvents(
  db: WorkspaceDatabase,
  datasetId: string,
  options: { cell?: string; upTo?: number } = {},
): Promise<ReviewEvent[]> {
  const where = [eq(reviews.datasetId, datasetId)];
  if (options.cell !== undefined) where.push(eq(reviews.cell, options.cell));
  if (options.upTo !== undefined) where.push(lte(reviews.revision, options.upTo));
  const rows = await db
    .select()
    .from(reviews)
    .where(and(...where))
    .orderBy(asc(reviews.id));
  return rows.map(eventOf);
}

// Revisions never change, so the latest change of every cell up to a version is computed once
// per version (its label names the revision and content hash) and kept, a few versions at a time.
const LATEST = Symbol.for('negotiation-positions.review-latest-changes');
const latestCache: Map<string, Map<string, LatestChange>> = ((
  globalThis as { [LATEST]?: Map<string, Map<string, LatestChange>> }
)[LATEST] ??= new Map());

/**
 * The latest change of every position cell of a dataset up to a revision (a cell whose latest
 * change removed it is left out). `hash` is that revision's content hash, the cache's key.
 */
export async function latestPositionChangesAt(
  db: WorkspaceDatabase,
  datasetId: string,
  revision: number,
  hash: string,
): Promise<Map<string, LatestChange>> {
  const key = `${datasetId}\u0000${versionLabel(revision, hash)}`;
  const known = latestCache.get(key);
  if (known) return known;
  const rows = await db
    .select({ number: revisions.number, author: revisions.author, change: revisions.change })
    .from(revisions)
    .where(and(eq(revisions.datasetId, datasetId), lte(revisions.number, revision)))
    .orderBy(asc(revisions.number));
  const out = latestPositionChanges(
    rows.map((row) => ({
      number: row.number,
      author: row.author,
      edits:
        (JSON.parse(row.change) as { edits?: { part: string; key: string; after: unknown }[] })
          .edits ?? [],
    })),
  );
  latestCache.set(key, out);
  for (const old of latestCache.keys()) {
    if (latestCache.size <= 16) break;
    latestCache.delete(old);
  }
  return out;
}

/** The revision and content hash of a dataset now, or undefined when there is no such dataset. */
async function headOf(
  db: WorkspaceDatabase,
  datasetId: string,
  forUpdate = false,
): Promise<{ revision: number; hash: string } | undefined> {
  const query = db
    .select({ revision: datasets.revision, hash: datasets.contentHash })
    .from(datasets)
    .where(eq(datasets.id, datasetId));
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0];
}

/** The content hash recorded for a revision of a dataset. */
async function hashAt(db: WorkspaceDatabase, datasetId: string, revision: number) {
  const rows = await db
    .select({ hash: revisions.contentHash })
    .from(revisions)
    .where(and(eq(revisions.datasetId, datasetId), eq(revisions.number, revision)));
  return rows[0]?.hash;
}

/**
 * The review state of every position cell of a dataset at a revision (the current one without
 * it): its latest change up to that revision against every decision about it. Undefined when
 * the dataset or the revision does not exist.
 */
export async function datasetReviewStates(
  db: WorkspaceDatabase,
  datasetId: string,
  revision?: number,
): Promise<Map<string, ReviewState> | undefined> {
  const head = await headOf(db, datasetId);
  if (!head) return undefined;
  const at = revision ?? head.revision;
  const hash = at === head.revision ? head.hash : await hashAt(db, datasetId, at);
  if (hash === undefined) return undefined;
  const latest = await latestPositionChangesAt(db, datasetId, at, hash);
  const events = await reviewEvents(db, datasetId, { upTo: at });
  const revisionsOf = new Map([...latest].map(([cell, change]) => [cell, change.revision]));
  return reviewStates(revisionsOf, events);
}

/**
 * What is left to review in a dataset now, read by `reader` (an email): cells awaiting a
 * reviewer, cells challenged and waiting for their coder, and how many are approved.
 * Undefined when there is no such dataset.
 */
export async function datasetReviewQueue(
  db: WorkspaceDatabase,
  datasetId: string,
  reader: string,
): Promise<(ReviewQueue & { revision: number }) | undefined> {
  const head = await headOf(db, datasetId);
  if (!head) return undefined;
  const latest = await latestPositionChangesAt(db, datasetId, head.revision, head.hash);
  const times = await db
    .select({ number: revisions.number, createdAt: revisions.createdAt })
    .from(revisions)
    .where(eq(revisions.datasetId, datasetId));
  const timeOf = new Map(times.map((t) => [t.number, new Date(t.createdAt).toISOString()]));
  const timed = new Map(
    [...latest].map(([cell, c]) => [cell, { ...c, time: timeOf.get(c.revision) ?? '' }]),
  );
  const events = await reviewEvents(db, datasetId);
  return { ...reviewQueue(timed, events, reader), revision: head.revision };
}

/** One cell's whole record: every change of it and every review event, and its state now. */
export interface CellReviewRecord {
  cell: string;
  /** Every change of the cell up to the revision read, oldest first. */
  changes: CellChange[];
  /** Every review event about those changes, oldest first. */
  events: ReviewEvent[];
  /** Undefined when the cell has no position at the revision read (never coded, or removed). */
  state?: ReviewState;
  /** The revision of its latest change, when it has a position. */
  latest?: LatestChange;
  /** The dataset's current revision. */
  headRevision: number;
}

/** One cell's changes and review events up to a revision (the current one without it). */
export async function cellReviewRecord(
  db: WorkspaceDatabase,
  datasetId: string,
  cell: string,
  revision?: number,
): Promise<CellReviewRecord | undefined> {
  const head = await headOf(db, datasetId);
  if (!head) return undefined;
  const at = revision ?? head.revision;
  const all = await revisionsAfter(db, datasetId, 0);
  const changes = cellChanges(
    cell,
    all.filter((r) => r.number <= at),
  );
  const events = await reviewEvents(db, datasetId, { cell, upTo: at });
  const last = changes[changes.length - 1];
  const record: CellReviewRecord = { cell, changes, events, headRevision: head.revision };
  if (last && last.after !== null) {
    record.latest = { revision: last.revision, author: last.author };
    record.state = reviewStateOf(last.revision, events);
  }
  return record;
}

/** A review event to record: who, about which cell, seen at which revision. */
export interface ReviewInput {
  dataset: string;
  cell: string;
  kind: ReviewKind;
  /** The revision the person saw the cell at (the form carries it): a decision on a stale one is refused. */
  revision: number;
  text: string;
  /** The signed-in user's email. */
  author: string;
  address?: string | null;
}

/** Why a review event was refused, as a code the forms send back. */
export type ReviewRefusal = 'no-dataset' | 'no-position' | 'revision' | 'stale' | 'own' | 'text';

/** What recording a review event did: the event and the cell's state after it, or why not. */
export type ReviewResult =
  | { ok: true; event: ReviewEvent; state: ReviewState }
  | {
      ok: false;
      status: 400 | 403 | 404 | 409;
      code: ReviewRefusal;
      message: string;
      /** For a stale decision: the cell's latest change, newer than the revision seen. */
      latest?: LatestChange;
    };

const AUDIT_ACTIONS = {
  approve: 'review.approved',
  challenge: 'review.challenged',
  comment: 'review.commented',
} as const;

/**
 * Records an approval, a challenge or a comment (an answer) on a position cell, in one
 * transaction with the dataset row locked, so no save slips in between the check and the write.
 * Refused: an unknown dataset or a cell with no position (404); a revision past the latest (400);
 * a challenge without a comment (400); a decision when the cell changed after the revision seen
 * (409, naming the newer revision); approving a cell whose latest change is the approver's own
 * (403). A comment is recorded against the cell's latest change whatever revision was seen.
 */
export async function recordReview(
  db: WorkspaceDatabase,
  input: ReviewInput,
  now = new Date(),
): Promise<ReviewResult> {
  const text = input.text.trim();
  if (input.kind === 'challenge' && text === '')
    return {
      ok: false,
      status: 400,
      code: 'text',
      message: 'A challenge needs a comment saying what is wrong.',
    };
  return db.transaction(async (tx): Promise<ReviewResult> => {
    const head = await headOf(tx, input.dataset, true);
    if (!head)
      return {
        ok: false,
        status: 404,
        code: 'no-dataset',
        message: `The workspace has no dataset "${input.dataset}".`,
      };
    if (!Number.isInteger(input.revision) || input.revision < 1 || input.revision > head.revision)
      return {
        ok: false,
        status: 400,
        code: 'revision',
        message: `revision must be a revision of this dataset, 1 to ${head.revision}.`,
      };
    const latest = (await latestPositionChangesAt(tx, input.dataset, head.revision, head.hash)).get(
      input.cell,
    );
    if (!latest)
      return {
        ok: false,
        status: 404,
        code: 'no-position',
        message: `No position is coded at ${input.cell} in revision ${head.revision}.`,
      };
    const deciding = input.kind !== 'comment';
    if (deciding && latest.revision > input.revision)
      return {
        ok: false,
        status: 409,
        code: 'stale',
        message: `Refused: ${input.cell} changed in revision ${latest.revision} (by ${latest.author}), after revision ${input.revision} that you reviewed. Read the new coding and decide again.`,
        latest,
      };
    if (input.kind === 'approve' && samePerson(latest.author, input.author))
      return {
        ok: false,
        status: 403,
        code: 'own',
        message: `Refused: you made the latest change of ${input.cell} (revision ${latest.revision}), and no one approves their own coding. Another reviewer must approve it.`,
      };
    const inserted = await tx
      .insert(reviews)
      .values({
        datasetId: input.dataset,
        cell: input.cell,
        kind: input.kind,
        author: input.author,
        createdAt: now,
        revision: latest.revision,
        text,
      })
      .returning();
    const event = eventOf(inserted[0]!);
    await recordAudit(
      tx,
      {
        action: AUDIT_ACTIONS[input.kind],
        actor: input.author,
        subject: `${input.dataset} ${input.cell}`,
        address: input.address ?? null,
        detail: { revision: latest.revision, seen: input.revision },
      },
      now,
    );
    const events = await reviewEvents(tx, input.dataset, { cell: input.cell });
    return { ok: true, event, state: reviewStateOf(latest.revision, events) };
  });
}

/**
 * A stamp of every review event in the workspace ("<count>.<last id>"): the read cache's tags
 * include it, so a decision shows on the next request although no dataset version changed.
 */
export async function reviewStamp(db: WorkspaceDatabase): Promise<string> {
  const rows = await queryRows(
    db,
    sql`SELECT count(*) AS n, coalesce(max(id), 0) AS last FROM workspace_reviews`,
  );
  return `${Number(rows[0]?.n ?? 0)}.${Number(rows[0]?.last ?? 0)}`;
}
