import { signOutRoute } from '@/lib/data/accessRoutes';

export const dynamic = 'force-dynamic';

/** Sign out from the /signout form (303 to /signin), or with JSON like DELETE /api/workspace/session. */
export function POST(request: Request) {
  return signOutRoute(request);
}
