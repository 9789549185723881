import { removeItemRoute } from '@/lib/data/removeRoute';

export const dynamic = 'force-dynamic';

type Params = Promise<{ dataset: string; part: string }>;

/** Removes one item of a workspace dataset's part `{ key, baseRevision, reason?, confirm: true }` (coder and above). */
export async function POST(request: Request, { params }: { params: Params }) {
  const { dataset, part } = await params;
  return removeItemRoute(request, dataset, part);
}
