import { findRound } from '@/lib/analysis';
import { datasetStore } from '@/lib/data';
import { reviewedEntry } from '@/lib/data/reviewRead';
import { orientedEntry, scenarioEntry } from '@/lib/data/route';
import { datasetVersion } from '@/lib/matrix/export';
import { datasetJson } from '@/lib/pages/api';

export const dynamic = 'force-dynamic';

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * The validated dataset as JSON, with its version and the computed gaps per issue (at `?round=`,
 * default the latest); with `?parties=a,b` also the pair compared (a proposal and its successor
 * each at its last round in force). Unknown dataset: 404; a dataset with errors: 422 with every
 * problem; unknown round or parties: 400. `?version=` reads an earlier version (a workspace revision
 * number); one the dataset does not have: 404 naming the latest. `?orient=<party>` reads it oriented
 * to that party (see `orientation` in the answer); an unknown party: 400. `?whatif=` applies a
 * what-if (after the orientation, as on the pages): the answer then carries `scenario`, marked
 * "Scenario: not coded data", and its bad parts are listed there, never an error. A workspace
 * dataset's answer carries `review` (each position's state); `?reviewed=only` reads approved
 * positions only.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset: id } = await params;
  const requested = new URL(request.url).searchParams.get('version') ?? undefined;
  const entry = await datasetStore().get(id, requested === undefined ? {} : { version: requested });
  if (!entry) {
    const latest = requested === undefined ? undefined : await datasetStore().get(id);
    if (latest)
      return json(
        { error: 'unknown version', dataset: id, version: requested, latest: latest.version },
        404,
      );
    return json({ error: 'not found', dataset: id }, 404);
  }
  if (!entry.dataset) {
    return json(
      { error: 'invalid dataset', dataset: id, version: entry.version, problems: entry.problems },
      422,
    );
  }
  const orient = new URL(request.url).searchParams.get('orient') ?? undefined;
  if (orient !== undefined && !entry.dataset.parties.some((p) => p.id === orient))
    return json({ error: 'orient must name a party of this dataset', orient }, 400);
  // Bounded as the pages bound it (lib/data/keptViewHeader.ts).
  const whatif = new URL(request.url).searchParams.get('whatif')?.slice(0, 500).trim() || undefined;
  // `?reviewed=only`: approved positions only (a workspace dataset's), before orienting, as on the pages.
  const approvedOnly = new URL(request.url).searchParams.get('reviewed') === 'only';
  const reviewed = await reviewedEntry(entry, approvedOnly);
  const read = scenarioEntry(orientedEntry(reviewed, orient), whatif);
  const dataset = read.dataset ?? entry.dataset;
  const round = new URL(request.url).searchParams.get('round') ?? undefined;
  if (round !== undefined && !findRound(dataset, round)) {
    return json({ error: 'unknown round', round, rounds: dataset.rounds.map((r) => r.id) }, 400);
  }
  const partiesParam = new URL(request.url).searchParams.get('parties');
  let pair: [string, string] | undefined;
  if (partiesParam !== null) {
    const ids = partiesParam.split(',').map((id) => id.trim());
    const known = new Set(dataset.parties.map((p) => p.id));
    const [a, b] = ids;
    if (ids.length !== 2 || !a || !b || a === b || !known.has(a) || !known.has(b))
      return json({ error: 'parties must name two different parties', parties: ids }, 400);
    pair = [a, b];
  }
  const version = datasetVersion(dataset.asOf, entry.version);
  return json(
    datasetJson(dataset, version, round, pair, read.orientation, read.scenario, read.review),
    200,
    { 'X-Dataset-Version': version.label },
  );
}
