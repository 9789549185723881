import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, inArray, lte, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { tokenHash } from '@/lib/auth/token';
import type { AccessContext } from './access';
import type { WorkspaceDatabase } from './workspace/db';
import { drafts } from './workspace/draftSchema';

// A refused coding form is sent back (303) to its page with its entries and the validator's
// words. They are too long for an address and must not be writable by a link (a crafted link
// would make the page say anything), so they wait in the workspace database, where every server
// process sharing it can read them, under a random token: only its SHA-256 is stored, and only
// the user who sent the form, on the same dataset, reads it back, for a quarter of an hour.

const conflictSchema = z.object({
  revision: z.number(),
  author: z.string(),
  time: z.string(),
  reason: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

const fieldErrorSchema = z.object({
  field: z.string(),
  message: z.string(),
  path: z.string(),
  value: z.string().optional(),
});

/** What a draft's row holds: checked on the way out, so a row another version of the app wrote cannot break the form. */
const keptSchema = z.object({
  fields: z.record(z.string(), z.string()),
  errors: z.array(fieldErrorSchema),
  conflicts: z.array(conflictSchema),
});

/** Another revision that changed the cell since the form was loaded: who, when, why, and the value now. */
export type ConflictView = z.infer<typeof conflictSchema>;

/** The conflicts of a refused save or removal (the store's), as the form shows them. */
export function conflictViews(conflicts: readonly ConflictView[]): ConflictView[] {
  return conflicts.map(({ revision, author, time, reason, before, after }) => ({
    revision,
    author,
    time,
    reason,
    before,
    after,
  }));
}

/** A refused form's entries (by field name), why it was refused, and whose it is. */
export type Draft = z.infer<typeof keptSchema> & { email: string; dataset: string };

/** How long a draft can be read back. */
export const DRAFT_KEEP_MS = 15 * 60 * 1000;
/** The most drafts one user has at a time: a new one pushes out the oldest. */
export const DRAFTS_PER_USER = 50;

// Any fixed number, apart from the migration and sign-in locks: with the email's hash it queues
// one user's draft writes across processes, so the per-user bound holds exactly.
const DRAFT_LOCK = 726_451_018;

/** A token keepDraft could have made (16 random bytes, base64url), checked before any read. */
const isDraftToken = (token: string) => /^[A-Za-z0-9_-]{22}$/.test(token);

/**
 * Keeps a draft and gives its token (the only handle to it). On the way, every expired draft is
 * deleted and the user's oldest go beyond DRAFTS_PER_USER. Throws when the database does.
 */
export async function keepDraft(
  db: WorkspaceDatabase,
  draft: Draft,
  now = new Date(),
): Promise<string> {
  const { email, dataset, fields, errors, conflicts } = draft;
  const token = randomBytes(16).toString('base64url');
  const hash = tokenHash(token);
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DRAFT_LOCK}, hashtext(${email}))`);
    await tx.delete(drafts).where(lte(drafts.expiresAt, now));
    await tx.insert(drafts).values({
      tokenHash: hash,
      email,
      datasetId: dataset,
      draft: { fields, errors, conflicts },
      createdAt: now,
      expiresAt: new Date(now.getTime() + DRAFT_KEEP_MS),
    });
    const older = tx
      .select({ tokenHash: drafts.tokenHash })
      .from(drafts)
      .where(and(eq(drafts.email, email), ne(drafts.tokenHash, hash)))
      .orderBy(desc(drafts.createdAt), desc(drafts.tokenHash))
      .offset(DRAFTS_PER_USER - 1);
    await tx.delete(drafts).where(inArray(drafts.tokenHash, older));
  });
  return token;
}

/**
 * The draft under a token, for this user and dataset only; undefined when there is none to show
 * (no token, a malformed or unknown one, expired, pushed out, another user's or dataset's).
 */
export async function draftOf(
  db: WorkspaceDatabase,
  token: string | undefined,
  email: string,
  dataset: string,
  now = new Date(),
): Promise<Draft | undefined> {
  if (!token || !isDraftToken(token)) return undefined;
  const rows = await db
    .select({ draft: drafts.draft })
    .from(drafts)
    .where(
      and(
        eq(drafts.tokenHash, tokenHash(token)),
        eq(drafts.email, email),
        eq(drafts.datasetId, dataset),
        gt(drafts.expiresAt, now),
      ),
    );
  const kept = keptSchema.safeParse(rows[0]?.draft);
  return kept.success ? { ...kept.data, email, dataset } : undefined;
}

/**
 * keepDraft on the context's workspace, for a route: the token, or undefined (with a warning in
 * the log) when the workspace is gone or its database refuses, so the route can say so plainly.
 */
export async function keepDraftIn(
  ctx: Pick<AccessContext, 'open'>,
  draft: Draft,
): Promise<string | undefined> {
  try {
    const ws = await ctx.open();
    return ws ? await keepDraft(ws.db, draft) : undefined;
  } catch (error) {
    console.warn(
      `workspace: a draft could not be kept: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/** draftOf on the context's workspace, for a page: undefined (with a warning) when it cannot be read. */
export async function draftIn(
  ctx: Pick<AccessContext, 'open'>,
  token: string | undefined,
  email: string,
  dataset: string,
): Promise<Draft | undefined> {
  if (!token) return undefined;
  try {
    const ws = await ctx.open();
    return ws ? await draftOf(ws.db, token, email, dataset) : undefined;
  } catch (error) {
    console.warn(
      `workspace: a draft could not be read: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}
