import { toCsv } from '@/lib/csv/write';
import type { ReviewState } from '@/lib/review/state';
import type { HeatmapSeries } from './heatmap';
import type { RankingSeries } from './ranking';
import type { ShiftSeries } from './shifts';
import type { StripSeries } from './strip';

const round1 = (n: number) => Math.round(n * 10) / 10;

const STRIP_COLUMNS = [
  'issue',
  'issue_title',
  'party',
  'party_name',
  'status',
  'value',
  'acceptable_min',
  'acceptable_max',
  'confidence',
  'label',
  'carried_from_round',
] as const;

/** The review state of the position a strip shows for a party on an issue (a workspace dataset's). */
export type MarkerReview = (issue: string, party: string) => ReviewState | undefined;

/**
 * The strips' data: one row per party and issue; a party with no stated position has status
 * "none" and no value. With `review` (a workspace dataset), a last column `review` gives the state
 * of each drawn position, empty for a party with none; without it there is no such column.
 */
export function stripsCsv(strips: readonly StripSeries[], review?: MarkerReview): string {
  const rows = strips.flatMap((s) => [
    ...s.markers.map((m) => {
      const row = [
        s.issue,
        s.title,
        m.party,
        m.name,
        m.status,
        m.value,
        m.range?.min,
        m.range?.max,
        m.confidence,
        m.label,
        m.carriedFrom,
      ];
      return review ? [...row, review(s.issue, m.party) ?? ''] : row;
    }),
    ...s.silent.map((p) => {
      const row = [s.issue, s.title, p.party, p.name, 'none'];
      // The review cell stays empty, so the row is padded out to it.
      return review ? [...row, ...Array<undefined>(STRIP_COLUMNS.length - row.length), ''] : row;
    }),
  ]);
  return toCsv(review ? [...STRIP_COLUMNS, 'review'] : STRIP_COLUMNS, rows);
}

/**
 * The ranking's data: one row per ranked issue, its pair furthest apart with `distance` (|a − b|),
 * `range_gap` (between acceptable ranges; equal to the distance when `ranged` is `no`) and the
 * salience-weighted distance.
 */
export function rankingCsv(series: RankingSeries): string {
  return toCsv(
    [
      'issue',
      'issue_title',
      'distance',
      'range_gap',
      'ranged',
      'party_a',
      'party_b',
      'mean_salience',
      'weighted_distance',
    ],
    series.rows.map((r) => [
      r.issue,
      r.title,
      round1(r.distance),
      round1(r.rangeGap),
      r.ranged ? 'yes' : 'no',
      r.a,
      r.b,
      round1(r.meanSalience),
      round1(r.weighted),
    ]),
  );
}

/** The heatmap's data: one row per pair; alignment blank (not 0) when the pair shares no issue. */
export function heatmapCsv(series: HeatmapSeries): string {
  const rows = series.rows.flatMap((row, i) =>
    row
      .slice(i + 1)
      .map((cell) => [
        cell.a,
        cell.b,
        cell.score === undefined ? undefined : round1(cell.score),
        cell.compared,
      ]),
  );
  return toCsv(['party_a', 'party_b', 'alignment', 'issues_compared'], rows);
}

/** The review state of a party's position on the shifts' issue coded in `round` (a workspace dataset's). */
export type ShiftReview = (party: string, round: string) => ReviewState | undefined;

/**
 * The shifts' data: one row per round and party; value blank before the party's first position;
 * `carried_from` is the round a carried value was coded in (blank when this round coded it). With
 * `review` (a workspace dataset), a last column `review` gives the state of the position the
 * value comes from, empty where there is no value; without it there is no such column.
 */
export function shiftsCsv(series: ShiftSeries, review?: ShiftReview): string {
  const rows = series.points.flatMap((p) =>
    series.lines.map((party) => {
      const value = p.values[party.id];
      const carriedFrom = p.carriedFrom[party.id]?.round;
      const row = [series.issue, p.round, p.date, party.id, value, carriedFrom];
      if (!review) return row;
      const state = value === undefined ? undefined : review(party.id, carriedFrom ?? p.round);
      return [...row, state ?? ''];
    }),
  );
  const header = ['issue', 'round', 'round_date', 'party', 'value', 'carried_from'];
  return toCsv(review ? [...header, 'review'] : header, rows);
}
