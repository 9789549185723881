import type { Snapshot } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { type PartyView, partyViews } from '@/lib/style/palette';
import { gapText } from '@/lib/wording/gap';
import { isolate } from '@/lib/wording/text';
import { type StripMarker, type StripSeries, positionStripSeries } from './strip';

/** All issues' strips, most divided first; props of StackedStrips. */
export interface StackedSeries {
  /** The issues drawn, most divided first (the first `limit` when the series was cut). */
  rows: StripSeries[];
  /** How many issues there are in all; more than rows.length when the series was cut. */
  total: number;
  /** Every marker, placed on its issue's row (0 = top) and nudged apart so equal values stay visible. */
  points: StackedPoint[];
  caption: string;
  description: string;
}

/** A marker in the stacked chart: its issue's row and its nudged vertical place. */
export type StackedPoint = StripMarker & { issue: string; issueRow: number; y: number };

/** RULE: markers on a row are spread 0.12 rows apart around the row's centre, in party order, never over 0.6 rows in all. */
export function stackedPoints(rows: readonly StripSeries[]): StackedPoint[] {
  return rows.flatMap((row, issueRow) => {
    const n = row.markers.length;
    const step = n > 1 ? Math.min(0.12, 0.6 / (n - 1)) : 0;
    return row.markers.map((m, k) => ({
      ...m,
      issue: row.issue,
      issueRow,
      y: issueRow + (k - (n - 1) / 2) * step,
    }));
  });
}

/**
 * RULE: issues with a gap first, by the distance of their widest pair (largest first), then salience-weighted spread,
 * then dataset order; then issues with one known position; then issues with none.
 */
export function byDisagreement(a: StripSeries, b: StripSeries, order: Map<string, number>): number {
  const rank = (s: StripSeries) => (s.widest ? 0 : s.markers.length === 1 ? 1 : 2);
  return (
    rank(a) - rank(b) ||
    (b.widest?.distance ?? 0) - (a.widest?.distance ?? 0) ||
    (b.spread ?? 0) - (a.spread ?? 0) ||
    (order.get(a.issue) ?? 0) - (order.get(b.issue) ?? 0)
  );
}

/** "Furthest apart: Ceasefire, Ukraine vs Russia, positions 100 apart; only one side's position is known on 3 of 9 issues." */
export function stackedCaption(rows: readonly StripSeries[], parties: Map<string, PartyView>) {
  const name = (id: string) => isolate(parties.get(id)?.name ?? id);
  const top = rows.find((r) => r.widest);
  const one = rows.filter((r) => r.markers.length === 1).length;
  const none = rows.filter((r) => r.markers.length === 0).length;
  const lead = top?.widest
    ? `Furthest apart: ${isolate(top.title)}, ${name(top.widest.a)} vs ${name(top.widest.b)}, ${gapText(top.widest)}`
    : 'No issue has two known positions, so no gap can be measured';
  const tail: string[] = [];
  if (one) tail.push(`only one side's position is known on ${one} of ${rows.length} issues`);
  // 'none on 2' reads only after 'one side known on …'; alone it says what it counts.
  if (none)
    tail.push(one ? `none on ${none}` : `no position is known on ${none} of ${rows.length}`);
  return `${[lead, tail.join(', and ')].filter(Boolean).join('; ')}.`;
}

function describe(rows: StripSeries[], total: number, caption: string): StackedSeries {
  const drawn =
    rows.length < total ? `The ${rows.length} most divided of ${total} issues` : `${total} issues`;
  const description = `${drawn}, each a row on a 0 to 100 scale, most divided first. ${caption} ${rows
    .map((r) => `${isolate(r.title)}: ${r.caption}`)
    .join(' ')}`;
  return { rows, total, points: stackedPoints(rows), caption, description };
}

/**
 * Every issue's strip at the snapshot's round, sorted by disagreement (see byDisagreement),
 * cut to the first `limit` issues when given. The caption speaks of all issues either way.
 */
export function stackedStripSeries(
  dataset: Dataset,
  snapshot: Snapshot,
  limit?: number,
): StackedSeries {
  const parties = partyViews(dataset.parties);
  const order = new Map(snapshot.issues.map((id, i) => [id, i]));
  const all = snapshot.issues
    .map((issue) => positionStripSeries(dataset, snapshot, issue, parties))
    .sort((a, b) => byDisagreement(a, b, order));
  const series = describe(all, all.length, stackedCaption(all, parties));
  return limit === undefined ? series : mostDivided(series, limit);
}

/** The series cut to its `limit` most divided issues (no change when it has no more). */
export function mostDivided(series: StackedSeries, limit: number): StackedSeries {
  if (series.rows.length <= limit) return series;
  return describe(series.rows.slice(0, Math.max(0, limit)), series.total, series.caption);
}

/**
 * The series as the drawing needs it: each row's issue, title, gap and note, and the points. The
 * rows' own markers, silent parties, captions and descriptions are the server's (the table and the
 * text equivalent); sending them to the browser too would double the page's payload (1.6 MB of the
 * 60×300 overview).
 */
export function forDrawing(series: StackedSeries): StackedSeries {
  return {
    ...series,
    caption: '',
    description: '',
    rows: series.rows.map((row) => ({
      ...row,
      markers: [],
      silent: [],
      caption: '',
      description: '',
    })),
  };
}
