import Link from 'next/link';
import type { Role } from '@/lib/auth/roles';
import {
  WORKSPACE_API,
  workspaceAuditHref,
  workspaceHref,
  workspaceUsersHref,
} from '@/lib/url/routes';
import styles from './Access.module.css';

/** The workspace's own navigation: who is signed in, their pages, and a sign-out button (a plain form). */
export function AccessBar({ email, role }: { email: string; role: Role }) {
  return (
    <nav className={`${styles.bar} access-bar`} aria-label="Workspace">
      <span>
        Signed in as <strong>{email}</strong> ({role})
      </span>
      <ul>
        <li>
          <Link href={workspaceHref()}>Workspace</Link>
        </li>
        {role === 'admin' ? (
          <>
            <li>
              <Link href={workspaceUsersHref()}>Users</Link>
            </li>
            <li>
              <Link href={workspaceAuditHref()}>Audit log</Link>
            </li>
          </>
        ) : null}
      </ul>
      <form method="post" action={WORKSPACE_API.signOut}>
        <button type="submit" className={styles.button}>
          Sign out
        </button>
      </form>
    </nav>
  );
}
