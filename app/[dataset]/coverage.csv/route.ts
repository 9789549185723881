import { coverageOf } from '@/lib/analysis';
import { downloadDataset } from '@/lib/data/route';
import { coverageCsv, coverageCsvFilename } from '@/lib/pages/coverage';
import { scenarioCsv } from '@/lib/pages/scenario';

export const dynamic = 'force-dynamic';

/** The coverage table as CSV (RFC 4180): one row per party × round, a column per issue. */
export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const found = await downloadDataset(params);
  if (found.refusal) return found.refusal;
  const { entry } = found;
  const dataset = entry.dataset;
  // A what-if view says so in the file name and a column; a reviewed=only view in the name. Rows
  // are party × round with a column per issue, not positions: no review column (see the docs).
  const csv = scenarioCsv(
    entry.scenario,
    coverageCsv(dataset, coverageOf(dataset)),
    coverageCsvFilename(dataset, { approvedOnly: entry.review?.approvedOnly }),
  );
  return new Response(csv.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csv.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
