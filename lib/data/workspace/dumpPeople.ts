import { asc, inArray } from 'drizzle-orm';
import type { WorkspaceDatabase } from './db';
import { audit, users } from './accessSchema';
import { reviews } from './reviewSchema';

/**
 * What a backup keeps beside the datasets (format version 2): the people who may sign in (with
 * their password hashes, so a restored workspace signs them in as before: keep dump files as
 * secret as the database), the audit log, and every review event. Sessions and sign-in attempts
 * are not kept: everyone signs in again after a restore.
 */
export interface PeopleDump {
  users: {
    email: string;
    role: string;
    passwordHash: string;
    disabledAt: string | null;
    createdAt: string;
    createdBy: string;
    updatedAt: string;
  }[];
  audit: {
    at: string;
    action: string;
    actor: string | null;
    subject: string | null;
    address: string | null;
    detail: string;
  }[];
  reviews: {
    datasetId: string;
    cell: string;
    kind: string;
    author: string;
    createdAt: string;
    revision: number;
    text: string;
  }[];
}

const iso = (d: Date) => d.toISOString();

/** The people, audit log and reviews of the workspace, oldest first. */
export async function dumpPeople(db: WorkspaceDatabase): Promise<PeopleDump> {
  const u = await db.select().from(users).orderBy(asc(users.id));
  const a = await db.select().from(audit).orderBy(asc(audit.id));
  const r = await db.select().from(reviews).orderBy(asc(reviews.id));
  return {
    users: u.map((x) => ({
      email: x.email,
      role: x.role,
      passwordHash: x.passwordHash,
      disabledAt: x.disabledAt ? iso(x.disabledAt) : null,
      createdAt: iso(x.createdAt),
      createdBy: x.createdBy,
      updatedAt: iso(x.updatedAt),
    })),
    audit: a.map((x) => ({
      at: iso(x.at),
      action: x.action,
      actor: x.actor,
      subject: x.subject,
      address: x.address,
      detail: x.detail,
    })),
    reviews: r.map((x) => ({
      datasetId: x.datasetId,
      cell: x.cell,
      kind: x.kind,
      author: x.author,
      createdAt: iso(x.createdAt),
      revision: x.revision,
      text: x.text,
    })),
  };
}

/** Why the people part of a dump cannot be restored here, or undefined when it can. */
export async function peopleRestoreProblem(
  db: WorkspaceDatabase,
  people: PeopleDump,
  datasetIds: ReadonlySet<string>,
): Promise<string | undefined> {
  if (
    !Array.isArray(people.users) ||
    !Array.isArray(people.audit) ||
    !Array.isArray(people.reviews)
  )
    return 'its users, audit log or reviews are not lists';
  const stray = people.reviews.find((r) => !datasetIds.has(r.datasetId));
  if (stray)
    return `a review of ${stray.cell} names dataset "${stray.datasetId}", which the dump does not hold`;
  const emails = people.users.map((u) => u.email);
  if (new Set(emails).size !== emails.length) return 'it lists one email twice';
  const taken = emails.length
    ? await db.select({ email: users.email }).from(users).where(inArray(users.email, emails))
    : [];
  if (taken.length)
    return `the workspace already has the users ${taken.map((t) => t.email).join(', ')}; restore into an empty workspace`;
  return undefined;
}

/** Writes the people part of a dump (inside the restore's transaction). */
export async function restorePeople(db: WorkspaceDatabase, people: PeopleDump): Promise<void> {
  const date = (s: string) => new Date(s);
  for (let i = 0; i < people.users.length; i += 200)
    await db.insert(users).values(
      people.users.slice(i, i + 200).map((u) => ({
        ...u,
        disabledAt: u.disabledAt === null ? null : date(u.disabledAt),
        createdAt: date(u.createdAt),
        updatedAt: date(u.updatedAt),
      })),
    );
  for (let i = 0; i < people.audit.length; i += 200)
    await db
      .insert(audit)
      .values(people.audit.slice(i, i + 200).map((x) => ({ ...x, at: date(x.at) })));
  for (let i = 0; i < people.reviews.length; i += 200)
    await db
      .insert(reviews)
      .values(
        people.reviews.slice(i, i + 200).map((x) => ({ ...x, createdAt: date(x.createdAt) })),
      );
}
