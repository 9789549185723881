import { chartCsv, chartCsvFilename, chartKindSchema } from '@/lib/charts/export';
import { downloadDataset } from '@/lib/data/route';
import { joinListParams, searchParamsOf } from '@/lib/url/formParams';
import { parseViewState } from '@/lib/url/query';
import { scenarioCsv } from '@/lib/pages/scenario';

export const dynamic = 'force-dynamic';

function plain(message: string, status: number): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** One chart's data as CSV (RFC 4180): ?chart=strip|stacked|ranking|alignment|shifts, &issue= for strip and shifts, plus round and parties. */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const read = await downloadDataset(params);
  if (read.refusal) return read.refusal;
  const dataset = read.entry.dataset;
  const url = new URL(request.url);
  const kind = chartKindSchema.safeParse(url.searchParams.get('chart'));
  if (!kind.success)
    return plain(`chart must be one of: ${chartKindSchema.options.join(', ')}.`, 400);
  const { state } = parseViewState(joinListParams(searchParamsOf(url)), dataset);
  const issue = url.searchParams.get('issue') ?? undefined;
  // A workspace dataset's position rows say their review state, as the matrix CSV's do.
  const review = read.entry.review;
  const body = chartCsv(dataset, kind.data, {
    round: state.round,
    parties: state.parties,
    issue,
    review: review?.states,
  });
  if (body === undefined) return plain('issue must name an issue of this dataset.', 404);
  // Header values must be Latin-1: the file name is built from slugs only.
  const known = dataset.issues.some((i) => i.id === issue) ? issue : undefined;
  // A what-if view says so in the file name and a column; a reviewed=only view in the name.
  const csv = scenarioCsv(
    read.entry.scenario,
    body,
    chartCsvFilename(dataset.id, kind.data, known, { approvedOnly: review?.approvedOnly }),
  );
  return new Response(csv.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${csv.filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
