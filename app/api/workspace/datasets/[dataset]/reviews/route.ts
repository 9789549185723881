import { reviewRoute } from '@/lib/data/reviewRoutes';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ dataset: string }> };

/** Approve, challenge or comment on a position cell `{ cell, kind, revision, text?, next? }` (docs/workspace-review.md). */
export async function POST(request: Request, { params }: Context) {
  return reviewRoute(request, (await params).dataset);
}
