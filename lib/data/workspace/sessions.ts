import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { SESSION_SECONDS } from '@/lib/auth/cookie';
import { decoyHash, verifyPassword } from '@/lib/auth/password';
import {
  limitedMessage,
  SIGN_IN_LIMITS,
  signInDecision,
  type SignInLimits,
} from '@/lib/auth/rateLimit';
import { normalEmail } from '@/lib/auth/schemas';
import { isWellFormedToken, newSessionToken, tokenHash } from '@/lib/auth/token';
import { queryRows, type WorkspaceDatabase } from './db';
import { sessions, signInAttempts, users } from './accessSchema';
import { recordAudit } from './audit';
import { userOf, type WorkspaceUser } from './users';

/** The message for a wrong email, a wrong password and a disabled account alike. */
export const WRONG_CREDENTIALS = 'That email and password do not match an active account.';

/** What a sign-in did: a session (its token goes in the cookie), or why not. */
export type SignInResult =
  | { ok: true; token: string; user: WorkspaceUser; expiresAt: string }
  | { ok: false; reason: 'credentials'; message: string }
  | {
      ok: false;
      reason: 'limited';
      scope: 'account' | 'address';
      retryAfterSeconds: number;
      message: string;
    };

/** Test seams: the time now and the limits. */
export interface SignInOptions {
  now?: Date;
  limits?: SignInLimits;
}

// Any fixed number, apart from the migration lock: with the email's hash it serialises one
// account's sign-ins across processes, so parallel guesses cannot all slip under the limit.
const SIGN_IN_LOCK = 726_451_017;
/** Attempts older than this are deleted (the audit log keeps the failures for good). */
const ATTEMPTS_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Signs in with an email and password from an address. Refused without checking the password
 * while the account or the address has too many recent failures (SIGN_IN_LIMITS); otherwise the
 * attempt is recorded, and a success creates a session of SESSION_DAYS whose token is returned
 * once (only its SHA-256 is stored). Each outcome is written to the audit log.
 */
export async function signIn(
  db: WorkspaceDatabase,
  input: { email: string; password: string; address: string },
  options: SignInOptions = {},
): Promise<SignInResult> {
  const now = options.now ?? new Date();
  const limits = options.limits ?? SIGN_IN_LIMITS;
  const email = normalEmail(input.email).slice(0, 254);
  const address = input.address.slice(0, 100);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${SIGN_IN_LOCK}, hashtext(${email}))`);
    const since = new Date(now.getTime() - limits.windowMs);
    const lastSuccess = await queryRows(
      tx,
      sql`SELECT max(at) AS at FROM workspace_signin_attempts WHERE email = ${email} AND succeeded`,
    );
    const successAt = lastSuccess[0]?.at ? new Date(lastSuccess[0].at as string) : undefined;
    const accountSince = successAt && successAt > since ? successAt : since;
    const [account, fromAddress] = await Promise.all([
      tx
        .select({ at: signInAttempts.at })
        .from(signInAttempts)
        .where(
          and(
            eq(signInAttempts.email, email),
            eq(signInAttempts.succeeded, false),
            gt(signInAttempts.at, accountSince),
          ),
        ),
      tx
        .select({ at: signInAttempts.at })
        .from(signInAttempts)
        .where(
          and(
            eq(signInAttempts.address, address),
            eq(signInAttempts.succeeded, false),
            gt(signInAttempts.at, since),
          ),
        ),
    ]);
    const times = (rows: { at: Date }[]) => rows.map((r) => new Date(r.at).getTime());
    const decision = signInDecision(
      { account: times(account), address: times(fromAddress) },
      now.getTime(),
      limits,
    );
    const audited = { actor: null, subject: email, address };
    if (!decision.allowed) {
      await recordAudit(
        tx,
        {
          ...audited,
          action: 'signin.limited',
          detail: { scope: decision.scope, retryAfterSeconds: decision.retryAfterSeconds },
        },
        now,
      );
      return {
        ok: false as const,
        reason: 'limited' as const,
        scope: decision.scope,
        retryAfterSeconds: decision.retryAfterSeconds,
        message: limitedMessage(decision),
      };
    }
    const found = await tx.select().from(users).where(eq(users.email, email));
    const row = found[0];
    const matches = await verifyPassword(input.password, row?.passwordHash ?? (await decoyHash()));
    const ok = row !== undefined && row.disabledAt === null && matches;
    await tx.insert(signInAttempts).values({ at: now, email, address, succeeded: ok });
    await tx
      .delete(signInAttempts)
      .where(lt(signInAttempts.at, new Date(now.getTime() - ATTEMPTS_KEPT_MS)));
    if (!ok) {
      const why = !row ? 'no such account' : !matches ? 'wrong password' : 'account disabled';
      await recordAudit(tx, { ...audited, action: 'signin.failed', detail: { why } }, now);
      return { ok: false as const, reason: 'credentials' as const, message: WRONG_CREDENTIALS };
    }
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_SECONDS * 1000);
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx
      .insert(sessions)
      .values({ tokenHash: tokenHash(token), userId: row.id, createdAt: now, expiresAt, address });
    await recordAudit(tx, { ...audited, actor: email, action: 'signin' }, now);
    return { ok: true as const, token, user: userOf(row), expiresAt: expiresAt.toISOString() };
  });
}

/** A signed-in user: who, and until when the session lasts. */
export interface SessionUser {
  user: WorkspaceUser;
  expiresAt: string;
}

/**
 * The user a session token belongs to, or undefined: an unknown or malformed token, an expired
 * session (its row is deleted) or a disabled user. The role is read afresh on every request.
 */
export async function sessionUser(
  db: WorkspaceDatabase,
  token: string | undefined,
  now = new Date(),
): Promise<SessionUser | undefined> {
  if (!token || !isWellFormedToken(token)) return undefined;
  const hash = tokenHash(token);
  const rows = await db
    .select({ user: users, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hash));
  const row = rows[0];
  if (!row) return undefined;
  if (new Date(row.expiresAt).getTime() <= now.getTime()) {
    await db.delete(sessions).where(eq(sessions.tokenHash, hash));
    return undefined;
  }
  if (row.user.disabledAt !== null) return undefined;
  return { user: userOf(row.user), expiresAt: new Date(row.expiresAt).toISOString() };
}

/** Ends a session: its row is deleted (true when there was one) and the sign-out audited. */
export async function signOut(
  db: WorkspaceDatabase,
  token: string | undefined,
  address: string | null = null,
): Promise<boolean> {
  if (!token || !isWellFormedToken(token)) return false;
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(sessions)
      .where(eq(sessions.tokenHash, tokenHash(token)))
      .returning({ userId: sessions.userId });
    const userId = gone[0]?.userId;
    if (userId === undefined) return false;
    const who = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    const email = who[0]?.email ?? null;
    await recordAudit(tx, { action: 'signout', actor: email, subject: email, address });
    return true;
  });
}

/** How many sessions a user has open (for tests and the users page). */
export async function sessionCount(db: WorkspaceDatabase, userId: number): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)` })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return Number(rows[0]?.n ?? 0);
}
