import { z } from 'zod';
import {
  analyse,
  isSuccession,
  knownPositionOf,
  pairSnapshot,
  type Snapshot,
} from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { positionReviewState, type ReviewState } from '@/lib/review/state';
import { toQueryString } from '@/lib/url/query';
import { downloadHref } from '@/lib/url/routes';
import {
  heatmapCsv,
  rankingCsv,
  shiftsCsv,
  stripsCsv,
  type MarkerReview,
  type ShiftReview,
} from './csv';
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
  /**
   * A workspace dataset's review states (`party/issue/round`): the charts whose rows are positions
   * (strip, stacked, shifts) gain a `review` column. Ranking and alignment rows are issues and
   * pairs, not positions, so they have none; a folder dataset (no states) has none anywhere.
   */
  review?: ReadonlyMap<string, ReviewState>;
}

/** The state of each position a strip draws, found by the round it was coded in. */
function markerReview(
  states: ReadonlyMap<string, ReviewState> | undefined,
  snapshot: Snapshot,
): MarkerReview | undefined {
  if (!states) return undefined;
  return (issue, party) => {
    const known = knownPositionOf(snapshot, issue, party);
    return known && positionReviewState(states, { party, issue, round: known.fromRound.id });
  };
}

/** The state of the position each point of one issue's shifts comes from. */
function shiftReview(
  states: ReadonlyMap<string, ReviewState> | undefined,
  issue: string,
): ShiftReview | undefined {
  if (!states) return undefined;
  return (party, round) => positionReviewState(states, { party, issue, round });
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
      return stripsCsv(stackedStripSeries(dataset, pair).rows, markerReview(view.review, pair));
    }
    case 'ranking':
      return rankingCsv(disagreementRanking(dataset, analysis));
    case 'alignment':
      return heatmapCsv(alignmentHeatmap(dataset, snapshot.atTable, analysis.alignment));
    case 'strip':
      return issue
        ? stripsCsv(
            [positionStripSeries(dataset, snapshot, issue)],
            markerReview(view.review, snapshot),
          )
        : undefined;
    case 'shifts':
      return issue
        ? shiftsCsv(shiftSeries(dataset, snapshot, issue), shiftReview(view.review, issue))
        : undefined;
  }
}

/**
 * The download name of a chart's CSV: `istanbul-2025-strip-ceasefire.csv`, with `-approved-only`
 * for a `?reviewed=only` view (as the matrix CSV's name says it).
 */
export function chartCsvFilename(
  datasetId: string,
  kind: ChartKind,
  issue?: string,
  options: { approvedOnly?: boolean } = {},
): string {
  const name = [datasetId, kind, issue, options.approvedOnly ? 'approved-only' : undefined];
  return `${name.filter(Boolean).join('-')}.csv`;
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
