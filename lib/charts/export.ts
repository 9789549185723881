import { z } from 'zod';
import { analyse, isSuccession, pairSnapshot, type Snapshot } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { toQueryString } from '@/lib/url/query';
import { downloadHref } from '@/lib/url/routes';
import { heatmapCsv, rankingCsv, shiftsCsv, stripsCsv } from './csv';
import { alignmentHeatmap } from './heatmap';
import { disagreementRanking } from './ranking';
import { shiftSeries } from './shifts';
import { stackedStripSeries } from './stacked';
import { positionStripSeries } from './strip';

/** The charts whose data can be downloaded as CSV; `strip` and `shifts` need an issue. */
export const chartKindSchema = z.enum(['strip', 'stacked', 'ranking', 'alignment', 'shifts']);
/** A chart's name in the CSV route. */
export type ChartKind = z.infer<typeof chartKindSchema>;

/** What a chart's CSV is computed for: the round and parties of the view, and the issue for per-issue charts. */
export interface ChartView {
  round?: string;
  parties?: string[];
  issue?: string;
}

/**
 * The CSV of one chart, computed from the dataset exactly as the page draws it; undefined when a
 * per-issue chart names no known issue.
 */
export function chartCsv(dataset: Dataset, kind: ChartKind, view: ChartView): string | undefined {
  const analysis = analyse(dataset, { round: view.round, parties: view.parties });
  const { snapshot } = analysis;
  const issue = dataset.issues.find((i) => i.id === view.issue)?.id;
  switch (kind) {
    case 'stacked': {
      // A proposal and its successor: each at its last round in force, as the compare page draws them.
      const [a, b] = view.parties ?? [];
      const pair =
        view.parties?.length === 2 && a && b && isSuccession(dataset, a, b)
          ? pairSnapshot(dataset, a, b).snapshot
          : snapshot;
      return stripsCsv(stackedStripSeries(dataset, pair).rows);
    }
    case 'ranking':
      return rankingCsv(disagreementRanking(dataset, analysis));
    case 'alignment':
      return heatmapCsv(alignmentHeatmap(dataset, snapshot.atTable, analysis.alignment));
    case 'strip':
      return issue ? stripsCsv([positionStripSeries(dataset, snapshot, issue)]) : undefined;
    case 'shifts':
      return issue ? shiftsCsv(shiftSeries(dataset, snapshot, issue)) : undefined;
  }
}

/** The download name of a chart's CSV: `istanbul-2025-strip-ceasefire.csv`. */
export function chartCsvFilename(datasetId: string, kind: ChartKind, issue?: string): string {
  return `${[datasetId, kind, issue].filter(Boolean).join('-')}.csv`;
}

/** Link to a chart's CSV for the snapshot's round and parties (defaults dropped, as in every link). */
export function chartCsvHref(
  dataset: Dataset,
  snapshot: Snapshot,
  kind: ChartKind,
  issue?: string,
): string {
  const view = toQueryString({ round: snapshot.round.id, parties: snapshot.parties }, dataset);
  const chart = new URLSearchParams({ chart: kind, ...(issue ? { issue } : {}) }).toString();
  return downloadHref(dataset.id, 'chart.csv', `?${chart}${view ? `&${view.slice(1)}` : ''}`);
}
