import { changeUserRoute } from '@/lib/data/accessRoutes';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ user: string }> };

/** Change a user (by id or email) `{ role?, disabled? }` (admin). */
export async function PATCH(request: Request, { params }: Context) {
  return changeUserRoute(request, (await params).user);
}

/** The same from the users page's forms (HTML forms cannot send PATCH). */
export async function POST(request: Request, { params }: Context) {
  return changeUserRoute(request, (await params).user);
}
