import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/cookie';
import { userOfToken } from '@/lib/data/access';
import type { SessionUser } from '@/lib/data/workspace';
import { signInHref } from '@/lib/url/routes';

/**
 * The signed-in user of this page's request (its session cookie), or undefined. Read once per
 * request (React's `cache`): the root layout's header and the page ask for it both.
 */
export const pageSession = cache(async (): Promise<SessionUser | undefined> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  try {
    return await userOfToken(token);
  } catch (error) {
    // The workspace is locked by a command or the server is down: nobody is signed in for now.
    console.warn(`workspace: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
});

/** The signed-in user, or a redirect to /signin that comes back to `path`. */
export async function signedInOrRedirect(path: string): Promise<SessionUser> {
  const session = await pageSession();
  if (!session) redirect(signInHref({ next: path }));
  return session;
}
