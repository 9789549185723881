import Link from 'next/link';
import { WORKSPACE_API, signInHref } from '@/lib/url/routes';
import { pageSession } from '../workspace/pageSession';
import styles from '@/components/workspace/Access.module.css';

export const metadata = { title: 'Sign out' };

/** Sign out: a plain form that posts to /api/workspace/signout, which ends the session and clears the cookie. */
export default async function SignOutPage() {
  const session = await pageSession();
  return (
    <>
      <h1>Sign out</h1>
      {session ? (
        <form method="post" action={WORKSPACE_API.signOut} className={styles.form}>
          <p>
            Signed in as <strong>{session.user.email}</strong>. Signing out ends this session on the
            server.
          </p>
          <button type="submit" className={styles.button}>
            Sign out
          </button>
        </form>
      ) : (
        <p>
          You are not signed in. <Link href={signInHref()}>Sign in</Link>
        </p>
      )}
    </>
  );
}
