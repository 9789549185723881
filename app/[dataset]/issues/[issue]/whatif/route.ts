import { isSlug } from '@/lib/model';
import { toQueryString } from '@/lib/url/query';
import { issueHref } from '@/lib/url/routes';
import { MAX_WHATIF_LENGTH } from '@/lib/url/whatif';

export const dynamic = 'force-dynamic';

/** A short form field, trimmed; '' when absent. */
function field(query: URLSearchParams, name: string, max = 64): string {
  return (query.get(name) ?? '').trim().slice(0, max);
}

/**
 * The issue page's what-if form (party, target: position or capability, value) answered with
 * the what-if link (303): the new change appended to the link's own (`whatif`), so a later one
 * to the same target replaces an earlier one when read; version, orientation, parties and round
 * kept. Nothing is checked here: the issue page reads the link and names any bad part.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ dataset: string; issue: string }> },
) {
  const { dataset, issue } = await params;
  const query = new URL(request.url).searchParams;
  const party = field(query, 'party');
  const target = field(query, 'target') === 'capability' ? 'capability' : issue;
  const value = field(query, 'value', 16);
  const change = isSlug(party) ? `${party}.${target}=${value}` : '';
  const whatif = [field(query, 'whatif', MAX_WHATIF_LENGTH), change]
    .filter(Boolean)
    .join(',')
    .slice(-MAX_WHATIF_LENGTH);
  const keep = toQueryString({
    parties: field(query, 'parties', 2000).split(',').filter(isSlug),
    round: field(query, 'round') || undefined,
    version: field(query, 'version') || undefined,
    orient: field(query, 'orient') || undefined,
    whatif: whatif || undefined,
  });
  // A relative Location: the answer never depends on the Host the request named.
  return new Response(null, {
    status: 303,
    headers: { Location: issueHref(dataset, issue, keep), 'Cache-Control': 'no-store' },
  });
}
