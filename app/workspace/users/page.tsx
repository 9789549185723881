import { AccessBar } from '@/components/workspace/AccessBar';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { NewUserForm } from '@/components/workspace/NewUserForm';
import { UserTable } from '@/components/workspace/UserTable';
import styles from '@/components/workspace/Access.module.css';
import { isRole } from '@/lib/auth/roles';
import { APP_ACCESS } from '@/lib/data/access';
import { listUsers } from '@/lib/data/workspace';
import { firstParam, formNotice, userDoneWords } from '@/lib/pages/access';
import { signedInOrRedirect } from '../pageSession';

export const metadata = { title: 'Users' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Admins manage users here: every user with their role and status, and a form to add one. */
export default async function UsersPage({ searchParams }: { searchParams: Search }) {
  const { user } = await signedInOrRedirect('/workspace/users');
  if (user.role !== 'admin')
    return (
      <>
        <AccessBar email={user.email} role={user.role} />
        <NeedsRole needed="admin" role={user.role} title="Users" />
      </>
    );
  const query = await searchParams;
  const ws = await APP_ACCESS.open();
  const users = ws ? await listUsers(ws.db) : [];
  const notice = formNotice(query.error);
  const doneFor = users.find((u) => String(u.id) === firstParam(query.user));
  const done = userDoneWords(query.done, doneFor?.email);
  const role = firstParam(query.role);
  // A refusal about the table (last admin, no such user) shows above it; one about a field, beside it.
  const tableNotice =
    notice && notice.field === '' && !firstParam(query.email) ? notice : undefined;
  return (
    <>
      <AccessBar email={user.email} role={user.role} />
      <h1>Users</h1>
      {done ? (
        <p className={styles.done} role="status">
          {done}
        </p>
      ) : null}
      {tableNotice ? (
        <p className={styles.error} role="alert">
          {tableNotice.words}
        </p>
      ) : null}
      <UserTable users={users} self={user.id} />
      <h2>Add a user</h2>
      <NewUserForm
        notice={tableNotice ? undefined : notice}
        email={firstParam(query.email)?.slice(0, 254)}
        role={isRole(role) ? role : undefined}
      />
    </>
  );
}
