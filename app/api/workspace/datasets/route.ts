import { createDatasetRoute } from '@/lib/data/accessRoutes';

export const dynamic = 'force-dynamic';

/** A new, minimal workspace dataset `{ id, title, reason? }` (coder and above): 201, 400, 409. */
export function POST(request: Request) {
  return createDatasetRoute(request);
}
