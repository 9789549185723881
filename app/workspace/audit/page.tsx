import { AccessBar } from '@/components/workspace/AccessBar';
import { AuditTable } from '@/components/workspace/AuditTable';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { APP_ACCESS } from '@/lib/data/access';
import { AUDIT_PAGE_SIZE, auditPage } from '@/lib/data/workspace';
import { auditLines, auditPager, pageParam } from '@/lib/pages/access';
import { signedInOrRedirect } from '../pageSession';

export const metadata = { title: 'Audit log' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The audit log for admins: sign-ins, failures, sign-outs, users and roles, newest first, 50 a page. */
export default async function AuditPage({ searchParams }: { searchParams: Search }) {
  const { user } = await signedInOrRedirect('/workspace/audit');
  if (user.role !== 'admin')
    return (
      <>
        <AccessBar email={user.email} role={user.role} />
        <NeedsRole needed="admin" role={user.role} title="Audit log" />
      </>
    );
  const page = pageParam((await searchParams).page);
  const ws = await APP_ACCESS.open();
  const { rows, total } = ws ? await auditPage(ws.db, page) : { rows: [], total: 0 };
  return (
    <>
      <AccessBar email={user.email} role={user.role} />
      <h1>Audit log</h1>
      <p className="muted">
        Sign-ins, failed and refused sign-ins (with the email tried and the address), sign-outs,
        users added or removed, role changes, disables and password changes. Times are UTC.
      </p>
      <AuditTable lines={auditLines(rows)} pager={auditPager(page, total, AUDIT_PAGE_SIZE)} />
    </>
  );
}
