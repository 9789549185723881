import Link from 'next/link';
import { AccessBar } from '@/components/workspace/AccessBar';
import { NewDatasetForm } from '@/components/workspace/NewDatasetForm';
import styles from '@/components/workspace/Access.module.css';
import { hasRole } from '@/lib/auth/roles';
import { datasetStore } from '@/lib/data';
import { firstParam, formNotice, roleChoices } from '@/lib/pages/access';
import { datasetHref, reviewQueueHref, workspaceDatasetHref } from '@/lib/url/routes';
import { signedInOrRedirect } from './pageSession';

export const metadata = { title: 'Workspace' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The workspace's home for a signed-in user: their role, the workspace datasets, and (coders and above) a new dataset. */
export default async function WorkspacePage({ searchParams }: { searchParams: Search }) {
  const { user } = await signedInOrRedirect('/workspace');
  const query = await searchParams;
  const datasets = (await datasetStore().list()).filter((d) => d.home === 'workspace');
  const createdId = firstParam(query.created);
  const created = datasets.find((d) => d.id === createdId);
  return (
    <>
      <AccessBar email={user.email} role={user.role} />
      <h1>Workspace</h1>
      <h2>Roles</h2>
      <ul>
        {roleChoices().map(({ role, words }) => (
          <li key={role}>
            <strong>{role}</strong>: {words}
            {role === user.role ? ' (your role)' : null}
          </li>
        ))}
      </ul>
      <h2>Workspace datasets</h2>
      {created ? (
        <p className={styles.done} role="status">
          Created <Link href={datasetHref(created.id)}>{created.id}</Link> as revision 1.
        </p>
      ) : null}
      {datasets.length ? (
        <ul>
          {datasets.map((d) => (
            <li key={d.id}>
              <Link href={datasetHref(d.id)}>
                <bdi>{d.title ?? d.id}</bdi>
              </Link>{' '}
              <span className="small muted">
                {d.id} · version {d.version}
              </span>
              {hasRole(user.role, 'coder') ? (
                <>
                  {' '}
                  <Link href={workspaceDatasetHref(d.id)} aria-label={`Code ${d.title ?? d.id}`}>
                    Code
                  </Link>{' '}
                  ·{' '}
                  <Link
                    href={reviewQueueHref(d.id)}
                    aria-label={`Review queue of ${d.title ?? d.id}`}
                  >
                    Review queue
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No datasets in the workspace yet.</p>
      )}
      {hasRole(user.role, 'coder') ? (
        <>
          <h2>New dataset</h2>
          <p className="muted small">
            An empty dataset with one placeholder source, party, issue and round (a dataset needs
            one of each), saved as revision 1 with you as its author.
          </p>
          <NewDatasetForm notice={formNotice(query.error)} />
        </>
      ) : null}
    </>
  );
}
