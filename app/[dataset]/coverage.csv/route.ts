import { coverageOf } from '@/lib/analysis';
import { datasetStore } from '@/lib/data';
import { coverageCsv, coverageCsvFilename } from '@/lib/pages/coverage';

export const dynamic = 'force-dynamic';

/** The coverage table as CSV (RFC 4180): one row per party × round, a column per issue. */
export async function GET(_request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset: id } = await params;
  const entry = await datasetStore().get(id);
  if (!entry?.dataset) {
    const message = entry ? 'This dataset has errors; see its page.' : 'No such dataset.';
    return new Response(`${message}\n`, {
      status: entry ? 422 : 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const dataset = entry.dataset;
  return new Response(coverageCsv(dataset, coverageOf(dataset)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${coverageCsvFilename(dataset)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
