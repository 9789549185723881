import { findRound } from '@/lib/analysis';
import { datasetStore } from '@/lib/data';
import { datasetVersion } from '@/lib/matrix/export';
import { datasetJson } from '@/lib/pages/api';

export const dynamic = 'force-dynamic';

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}

/**
 * The validated dataset as JSON, with its version and the computed gaps per issue (at `?round=`,
 * default the latest). Unknown dataset: 404; a dataset with errors: 422 with every problem.
 */
export async function GET(request: Request, { params }: { params: Promise<{ dataset: string }> }) {
  const { dataset: id } = await params;
  const entry = await datasetStore().get(id);
  if (!entry) return json({ error: 'not found', dataset: id }, 404);
  if (!entry.dataset) {
    return json(
      { error: 'invalid dataset', dataset: id, version: entry.version, problems: entry.problems },
      422,
    );
  }
  const dataset = entry.dataset;
  const round = new URL(request.url).searchParams.get('round') ?? undefined;
  if (round !== undefined && !findRound(dataset, round)) {
    return json({ error: 'unknown round', round, rounds: dataset.rounds.map((r) => r.id) }, 400);
  }
  const version = datasetVersion(dataset.asOf, entry.version);
  return json(datasetJson(dataset, version, round), 200, { 'X-Dataset-Version': version.label });
}
