import Link from 'next/link';
import { TableScroll } from '@/components/TableScroll';
import type { AuditLine, AuditPager } from '@/lib/pages/access';
import { workspaceAuditHref } from '@/lib/url/routes';
import { count } from '@/lib/wording/numbers';
import styles from './Access.module.css';

/** One page of the audit log, newest first, with links to the newer and older pages. */
export function AuditTable({ lines, pager }: { lines: readonly AuditLine[]; pager: AuditPager }) {
  const nav = (
    <nav className={styles.pager} aria-label="Audit log pages">
      {pager.previous ? <Link href={workspaceAuditHref(pager.previous)}>← Newer</Link> : null}
      <span className="small muted">
        {pager.total === 0
          ? 'No entries yet.'
          : pager.page > pager.pages
            ? `Page ${pager.page} is past the last page, ${pager.pages}.`
            : `${pager.first}–${pager.last} of ${count(pager.total, 'entry', 'entries')} · page ${pager.page} of ${pager.pages}`}
      </span>
      {pager.next ? <Link href={workspaceAuditHref(pager.next)}>Older →</Link> : null}
    </nav>
  );
  return (
    <>
      {nav}
      {lines.length ? (
        <TableScroll>
          <table className="data">
            <caption>Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">About</th>
                <th scope="col">From address</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={l.id}>
                  <td>
                    <time dateTime={l.time}>{l.when}</time>
                  </td>
                  <td>{l.what}</td>
                  <td>{l.who}</td>
                  <td>{l.subject}</td>
                  <td>{l.address}</td>
                  <td>{l.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {pager.pages > 1 && lines.length ? nav : null}
    </>
  );
}
