import { signInRoute, signOutRoute, whoAmIRoute } from '@/lib/data/accessRoutes';

export const dynamic = 'force-dynamic';

/** Who is signed in: `{ user, expiresAt }`, or 401. */
export function GET(request: Request) {
  return whoAmIRoute(request);
}

/** Sign in: JSON `{ email, password }` (200 with the cookie, 401, 429 with Retry-After), or the /signin form (303). */
export function POST(request: Request) {
  return signInRoute(request);
}

/** Sign out: the session's row is deleted and the cookie cleared. */
export function DELETE(request: Request) {
  return signOutRoute(request);
}
