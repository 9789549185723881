import { changeRecord } from '@/lib/data/changeLog';
import { changesCsv, changesView, parseChangesRange } from '@/lib/pages/changes';

export const dynamic = 'force-dynamic';

/** The changes page as CSV (RFC 4180), for the same `from` and `to`: one row per edit or CHANGES.md line. */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset: id } = await params;
  const record = await changeRecord(id);
  if (!record)
    return new Response('No such dataset.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  const url = new URL(request.url);
  const range = parseChangesRange({
    from: url.searchParams.get('from') ?? undefined,
    to: url.searchParams.get('to') ?? undefined,
  });
  const headers = new Headers({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${id}-changes.csv"`,
    'Cache-Control': 'no-store',
  });
  if (range.notes.length) headers.set('X-View-Notes', encodeURIComponent(range.notes.join(' ')));
  return new Response(changesCsv(changesView(record, range, new Date())), { headers });
}
