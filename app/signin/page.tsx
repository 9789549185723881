import Link from 'next/link';
import { SignInForm } from '@/components/workspace/SignInForm';
import { nextPathSchema } from '@/lib/auth/schemas';
import { firstParam, formNotice } from '@/lib/pages/access';
import { SIGN_OUT_HREF, workspaceHref } from '@/lib/url/routes';
import { pageSession } from '../workspace/pageSession';

export const metadata = { title: 'Sign in' };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Sign in to the workspace: a server-rendered form that posts to /api/workspace/session and works without JavaScript. */
export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const session = await pageSession();
  const wanted = nextPathSchema.safeParse(firstParam(query.next));
  const next = wanted.success ? wanted.data : undefined;
  if (session)
    return (
      <>
        <h1>Sign in</h1>
        <p>
          You are signed in as <strong>{session.user.email}</strong> ({session.user.role}).{' '}
          <Link href={next ?? workspaceHref()}>Go on to the workspace</Link> or{' '}
          <Link href={SIGN_OUT_HREF}>sign out</Link>.
        </p>
      </>
    );
  const email = firstParam(query.email)?.slice(0, 254);
  return (
    <>
      <h1>Sign in</h1>
      <p className="muted">
        The workspace is where datasets are coded and reviewed. Reading the published datasets needs
        no account; an admin gives you one.
      </p>
      <SignInForm email={email} next={next} notice={formNotice(query.error, query.retry)} />
    </>
  );
}
