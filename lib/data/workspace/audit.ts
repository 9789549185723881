import { count, desc } from 'drizzle-orm';
import type { WorkspaceDatabase } from './db';
import { audit } from './accessSchema';

/** What the audit log records. */
export type AuditAction =
  | 'signin'
  | 'signin.failed'
  | 'signin.limited'
  | 'signout'
  | 'user.created'
  | 'user.role'
  | 'user.disabled'
  | 'user.enabled'
  | 'user.removed'
  | 'user.password'
  | 'review.approved'
  | 'review.challenged'
  | 'review.commented';

/** One thing to record: who did it (email, or the CLI), to what, from where, and its details. */
export interface AuditEntry {
  action: AuditAction;
  actor?: string | null;
  subject?: string | null;
  address?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

/** A row of the audit log, as pages and tests read it (time as ISO). */
export interface AuditRow {
  id: number;
  at: string;
  action: string;
  actor: string | null;
  subject: string | null;
  address: string | null;
  detail: Record<string, unknown>;
}

/** Records one entry (inside the caller's transaction, so it is written with what it records). */
export async function recordAudit(
  db: WorkspaceDatabase,
  entry: AuditEntry,
  at = new Date(),
): Promise<void> {
  await db.insert(audit).values({
    at,
    action: entry.action,
    actor: entry.actor ?? null,
    subject: entry.subject ?? null,
    address: entry.address ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  });
}

/** How many rows an audit page shows. */
export const AUDIT_PAGE_SIZE = 50;

/** One page of the audit log, newest first (page 1 is the newest), and how many rows there are. */
export async function auditPage(
  db: WorkspaceDatabase,
  page: number,
  size = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; total: number }> {
  const at = Math.max(1, Math.floor(page));
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(audit)
      .orderBy(desc(audit.id))
      .limit(size)
      .offset((at - 1) * size),
    db.select({ n: count() }).from(audit),
  ]);
  return {
    rows: rows.map((r) => ({
      id: Number(r.id),
      at: new Date(r.at).toISOString(),
      action: r.action,
      actor: r.actor,
      subject: r.subject,
      address: r.address,
      detail: parseDetail(r.detail),
    })),
    total: Number(totals[0]?.n ?? 0),
  };
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
