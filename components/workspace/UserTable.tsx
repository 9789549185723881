import { TableScroll } from '@/components/TableScroll';
import type { Role } from '@/lib/auth/roles';
import { roleChoices } from '@/lib/pages/access';
import { formatTime } from '@/lib/pages/changes';
import { workspaceUserApiHref } from '@/lib/url/routes';
import styles from './Access.module.css';

/** A user as the table shows one. */
export interface UserLine {
  id: number;
  email: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  createdBy: string;
}

/** Every user with a role picker and a disable/enable button per row (each a plain form). */
export function UserTable({ users, self }: { users: readonly UserLine[]; self: number }) {
  return (
    <TableScroll>
      <table className="data">
        <caption>Users ({users.length})</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Added</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} id={`user-${u.id}`}>
              <th scope="row">
                {u.email}
                {u.id === self ? <span className="small muted"> (you)</span> : null}
              </th>
              <td>
                <form method="post" action={workspaceUserApiHref(u.id)} className={styles.inline}>
                  <label htmlFor={`role-${u.id}`} className="sr-only">
                    Role of {u.email}
                  </label>
                  <select id={`role-${u.id}`} name="role" defaultValue={u.role}>
                    {roleChoices().map((c) => (
                      <option key={c.role} value={c.role}>
                        {c.role}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className={styles.button}>
                    Change role<span className="sr-only"> of {u.email}</span>
                  </button>
                </form>
              </td>
              <td>
                <form method="post" action={workspaceUserApiHref(u.id)} className={styles.inline}>
                  <span>{u.disabled ? 'Disabled' : 'Active'}</span>
                  <input type="hidden" name="disabled" value={u.disabled ? 'false' : 'true'} />
                  <button type="submit" className={styles.button}>
                    {u.disabled ? 'Enable' : 'Disable'}
                    <span className="sr-only"> {u.email}</span>
                  </button>
                </form>
              </td>
              <td className="small">
                <time dateTime={u.createdAt}>{formatTime(u.createdAt)}</time> by {u.createdBy}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
