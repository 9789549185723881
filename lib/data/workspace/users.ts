import { and, asc, eq, isNull, ne, sql } from 'drizzle-orm';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { isRole, type Role } from '@/lib/auth/roles';
import { emailSchema, normalEmail, type FieldProblem } from '@/lib/auth/schemas';
import type { WorkspaceDatabase } from './db';
import { sessions, users } from './accessSchema';
import { recordAudit } from './audit';

/** A user as pages, the API and the CLI see one: never the password's hash. */
export interface WorkspaceUser {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  createdBy: string;
}

/** Who asks for a change to users, and from where (for the audit log). */
export interface Actor {
  /** The signed-in user's email, or "cli (<login>)". */
  name: string;
  address?: string | null;
}

/** What a change to a user did: the user after it, or why nothing changed (an HTTP status to answer with). */
export type UserResult =
  | { ok: true; user: WorkspaceUser }
  | { ok: false; status: 400 | 404 | 409; problems: FieldProblem[] };

type UserRow = typeof users.$inferSelect;

/** The public face of a row. */
export function userOf(row: UserRow): WorkspaceUser {
  return {
    id: row.id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'viewer',
    disabled: row.disabledAt !== null,
    createdAt: new Date(row.createdAt).toISOString(),
    createdBy: row.createdBy,
  };
}

const refuse = (status: 400 | 404 | 409, path: string, message: string): UserResult => ({
  ok: false,
  status,
  problems: [{ path, message }],
});

/** The row a key names: a number is an id, anything else an email (normalised). */
export async function userRow(
  db: WorkspaceDatabase,
  key: string,
  forUpdate = false,
): Promise<UserRow | undefined> {
  const where = /^\d{1,9}$/.test(key)
    ? eq(users.id, Number(key))
    : eq(users.email, normalEmail(key));
  const query = db.select().from(users).where(where);
  const rows = forUpdate ? await query.for('update') : await query;
  return rows[0];
}

/** Every user, by email. */
export async function listUsers(db: WorkspaceDatabase): Promise<WorkspaceUser[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(userOf);
}

/** How many users there are (the CLI says so when there are none). */
export async function userCount(db: WorkspaceDatabase): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)` }).from(users);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Adds a user with a role and an initial password (hashed with scrypt; at least 12 characters).
 * Refused with 409 when the email has an account already, 400 when a field is wrong.
 */
export async function createUser(
  db: WorkspaceDatabase,
  input: { email: string; role: string; password: string },
  actor: Actor,
): Promise<UserResult> {
  const email = emailSchema.safeParse(input.email);
  if (!email.success) return refuse(400, 'email', email.error.issues[0]?.message ?? 'is not valid');
  if (!isRole(input.role))
    return refuse(400, 'role', 'must be one of viewer, coder, reviewer, admin');
  const problem = passwordProblem(input.password);
  if (problem) return refuse(400, 'password', problem);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const now = new Date();
    const inserted = await tx
      .insert(users)
      .values({
        email: email.data,
        role: input.role,
        passwordHash,
        createdAt: now,
        createdBy: actor.name,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) return refuse(409, 'email', `${email.data} has an account already`);
    await recordAudit(tx, {
      action: 'user.created',
      actor: actor.name,
      subject: row.email,
      address: actor.address,
      detail: { role: row.role },
    });
    return { ok: true as const, user: userOf(row) };
  });
}

/** True when some admin other than `id` is active (checked under lock, so two demotions do not both pass). */
async function anotherActiveAdmin(tx: WorkspaceDatabase, id: number): Promise<boolean> {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, id)))
    .for('update');
  return others.length > 0;
}

/**
 * Changes a user's role and/or disables or enables them. Disabling ends their sessions at once;
 * a role change applies to their next request. Refused (409) when it would leave no active admin.
 */
export async function changeUser(
  db: WorkspaceDatabase,
  key: string,
  change: { role?: Role; disabled?: boolean },
  actor: Actor,
): Promise<UserResult> {
  return db.transaction(async (tx) => {
    const row = await userRow(tx, key, true);
    if (!row) return refuse(404, '', `no user ${key}`);
    const role = change.role ?? (row.role as Role);
    const disabled = change.disabled ?? row.disabledAt !== null;
    const wasActiveAdmin = row.role === 'admin' && row.disabledAt === null;
    const staysActiveAdmin = role === 'admin' && !disabled;
    if (wasActiveAdmin && !staysActiveAdmin && !(await anotherActiveAdmin(tx, row.id)))
      return refuse(
        409,
        change.role !== undefined && change.role !== 'admin' ? 'role' : 'disabled',
        `${row.email} is the only active admin; make another admin first`,
      );
    const now = new Date();
    const updated = await tx
      .update(users)
      .set({
        role,
        disabledAt: disabled ? (row.disabledAt ?? now) : null,
        updatedAt: now,
      })
      .where(eq(users.id, row.id))
      .returning();
    const base = { actor: actor.name, subject: row.email, address: actor.address };
    if (role !== row.role)
      await recordAudit(tx, { ...base, action: 'user.role', detail: { from: row.role, to: role } });
    if (disabled && row.disabledAt === null) {
      await tx.delete(sessions).where(eq(sessions.userId, row.id));
      await recordAudit(tx, { ...base, action: 'user.disabled' });
    }
    if (!disabled && row.disabledAt !== null)
      await recordAudit(tx, { ...base, action: 'user.enabled' });
    return { ok: true as const, user: userOf(updated[0]!) };
  });
}

/** Sets a new password (the CLI's `password`); the user's sessions end. */
export async function setPassword(
  db: WorkspaceDatabase,
  key: string,
  password: string,
  actor: Actor,
): Promise<UserResult> {
  const problem = passwordProblem(password);
  if (problem) return refuse(400, 'password', problem);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const row = await userRow(tx, key, true);
    if (!row) return refuse(404, '', `no user ${key}`);
    const updated = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(users.id, row.id))
      .returning();
    await tx.delete(sessions).where(eq(sessions.userId, row.id));
    await recordAudit(tx, {
      action: 'user.password',
      actor: actor.name,
      subject: row.email,
      address: actor.address,
    });
    return { ok: true as const, user: userOf(updated[0]!) };
  });
}

/**
 * Removes a user and their sessions (the audit log and revisions keep their email). Refused (409)
 * for the only active admin.
 */
export async function removeUser(
  db: WorkspaceDatabase,
  key: string,
  actor: Actor,
): Promise<UserResult> {
  return db.transaction(async (tx) => {
    const row = await userRow(tx, key, true);
    if (!row) return refuse(404, '', `no user ${key}`);
    if (row.role === 'admin' && row.disabledAt === null && !(await anotherActiveAdmin(tx, row.id)))
      return refuse(409, '', `${row.email} is the only active admin; make another admin first`);
    await tx.delete(users).where(eq(users.id, row.id));
    await recordAudit(tx, {
      action: 'user.removed',
      actor: actor.name,
      subject: row.email,
      address: actor.address,
      detail: { role: row.role },
    });
    return { ok: true as const, user: userOf(row) };
  });
}
