import { downloadDataset } from '@/lib/data/route';
import { datasetVersion, matrixCsv, matrixCsvFilename, reviewCsv } from '@/lib/matrix/export';
import { buildMatrix } from '@/lib/matrix/model';
import { joinListParams, searchParamsOf } from '@/lib/url/formParams';
import { parseViewState } from '@/lib/url/query';
import { orientedCsv } from '@/lib/pages/orientation';
import { scenarioCsv } from '@/lib/pages/scenario';

export const dynamic = 'force-dynamic';

/** The matrix as CSV (RFC 4180), for the same view as the page: parties, round, q, only, issues. */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const found = await downloadDataset(params);
  if (found.refusal) return found.refusal;
  const { entry } = found;
  const dataset = entry.dataset;
  const { state, notes } = parseViewState(
    joinListParams(searchParamsOf(new URL(request.url))),
    dataset,
  );
  const version = datasetVersion(dataset.asOf, entry.version);
  // A flipped reading says so in a column; a what-if view in the file name and a column.
  // A workspace dataset's rows say their review state (and ?review= keeps the matrix's rows).
  const review = entry.review;
  const matrix = buildMatrix(dataset, state, {
    review: review && { states: review.states, filter: state.review },
  });
  const cells = matrixCsv(dataset, matrix);
  const { body, filename } = scenarioCsv(
    entry.scenario,
    orientedCsv(entry.orientation, reviewCsv(review?.states, cells)),
    matrixCsvFilename(dataset, version, state),
  );
  const headers = new Headers({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename}"`,
    'X-Dataset-Version': version.label,
    'Cache-Control': 'no-store',
  });
  // Header values must be Latin-1: unknown ids are slugs or are dropped from the note.
  if (notes.length) headers.set('X-View-Notes', encodeURIComponent(notes.join(' ')));
  return new Response(body, { headers });
}
