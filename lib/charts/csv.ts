import { toCsv } from '@/lib/csv/write';
import type { HeatmapSeries } from './heatmap';
import type { RankingSeries } from './ranking';
import type { ShiftSeries } from './shifts';
import type { StripSeries } from './strip';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The strips' data: one row per party and issue; a party with no stated position has status "none" and no value. */
export function stripsCsv(strips: readonly StripSeries[]): string {
  const rows = strips.flatMap((s) => [
    ...s.markers.map((m) => [
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
    ]),
    ...s.silent.map((p) => [s.issue, s.title, p.party, p.name, 'none']),
  ]);
  return toCsv(
    [
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
    ],
    rows,
  );
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

/**
 * The shifts' data: one row per round and party; value blank before the party's first position;
 * `carried_from` is the round a carried value was coded in (blank when this round coded it).
 */
export function shiftsCsv(series: ShiftSeries): string {
  const rows = series.points.flatMap((p) =>
    series.lines.map((party) => [
      series.issue,
      p.round,
      p.date,
      party.id,
      p.values[party.id],
      p.carriedFrom[party.id]?.round,
    ]),
  );
  return toCsv(['issue', 'round', 'round_date', 'party', 'value', 'carried_from'], rows);
}
