import { toCsv } from '@/lib/csv/write';
import { downloadDataset } from '@/lib/data/route';
import { isSlug } from '@/lib/model';
import {
  REDLINE_CSV_COLUMNS,
  redlineCsvFilename,
  redlineCsvRows,
  redlineView,
} from '@/lib/pages/redline';
import { scenarioCsv } from '@/lib/pages/scenario';

export const dynamic = 'force-dynamic';

const refuse = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** The redline of proposal `b` against `a` as CSV (RFC 4180): one row per line, with its texts, diff and issue moves. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ dataset: string; a: string; b: string }> },
) {
  const { a: aId, b: bId } = await params;
  const found = await downloadDataset(params);
  if (found.refusal) return found.refusal;
  const dataset = found.entry.dataset;
  const party = (id: string) =>
    isSlug(id) ? dataset.parties.find((p) => p.id === id && p.kind === 'proposal') : undefined;
  const a = party(aId);
  const b = party(bId);
  if (!a || !b || a.id === b.id) return refuse(404, 'No such pair of proposals.');
  const view = redlineView(dataset, a, b);
  if (!view) return refuse(404, 'One of these proposals has no clauses recorded.');
  // A what-if view says so in the file name and a column.
  const csv = scenarioCsv(
    found.entry.scenario,
    toCsv(REDLINE_CSV_COLUMNS, redlineCsvRows(view)),
    redlineCsvFilename(dataset, a.id, b.id),
  );
  return new Response(csv.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csv.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
