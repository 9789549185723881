import { saveItemRoute, evidenceDraftRoute } from '@/lib/data/codingRoutes';

export const dynamic = 'force-dynamic';

type Params = Promise<{ dataset: string; part: string }>;

/**
 * Saves one item of a workspace dataset's part (sources, parties, issues, rounds, positions,
 * events, outcomes, delegations; coder and above): 200, 400, 404, 409 (exists or stale), 422.
 * `/evidence` opens a cell's position editor with a passage of a source as a new quote.
 */
export async function POST(request: Request, { params }: { params: Params }) {
  const { dataset, part } = await params;
  return part === 'evidence'
    ? evidenceDraftRoute(request, dataset)
    : saveItemRoute(request, dataset, part);
}
