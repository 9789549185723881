import { createUserRoute, listUsersRoute } from '@/lib/data/accessRoutes';

export const dynamic = 'force-dynamic';

/** Every user (admin). */
export function GET(request: Request) {
  return listUsersRoute(request);
}

/** A new user `{ email, role, password }` (admin): 201, 400 naming the field, 409 for a taken email. */
export function POST(request: Request) {
  return createUserRoute(request);
}
