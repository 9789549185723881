import {
  type PairGap,
  type ResolvedCell,
  type Shift,
  type Snapshot,
  type ValueSeries,
  type Zone,
  issueGaps,
  orderedRounds,
  positionShifts,
  valueSeries,
  zoneOfAgreement,
} from '@/lib/analysis';
import type { Dataset, Outcome, Round } from '@/lib/model';
import { outcomeAnchors } from '@/lib/url/anchors';

/** Everything the issue page shows, computed once so the page only draws. */
export interface IssueDetail {
  /** One cell per chosen party, in the chosen order. */
  cells: ResolvedCell[];
  /** Every pair of known positions, furthest apart first (ties: party order). */
  gaps: PairGap[];
  /** Where the chosen parties' ranges meet, or how far apart they are; undefined with fewer than two known. */
  zone?: Zone;
  knownCount: number;
  /** Recorded outcomes on this issue, in time order, each with its round. */
  outcomes: { outcome: Outcome; round?: Round; anchor: string }[];
  /** Moves between rounds up to the viewed round, for the chosen parties. */
  shifts: Shift[];
  /** The value in force at each round, per chosen party (only parties with at least one value). */
  series: ValueSeries[];
  /** All rounds in time order (the series' columns). */
  rounds: Round[];
}

/** The issue page's view model for one issue in a snapshot (the chosen parties and round). */
export function issueDetail(dataset: Dataset, snapshot: Snapshot, issue: string): IssueDetail {
  const row = snapshot.cells.get(issue);
  const cells = snapshot.parties.map(
    (party) => row?.get(party) ?? { party, issue, carried: false, atTable: true },
  );
  const known = snapshot.known.get(issue) ?? [];
  const gaps = [...issueGaps(snapshot, issue)].sort((x, y) => y.distance - x.distance);
  const rounds = orderedRounds(dataset);
  const roundAt = new Map(rounds.map((round, index) => [round.id, index] as const));
  const all = dataset.outcomes ?? [];
  const anchors = outcomeAnchors(all);
  const outcomes = all
    .map((outcome, i) => ({
      outcome,
      round: rounds.find((r) => r.id === outcome.round),
      anchor: anchors[i] ?? '',
    }))
    .filter((entry) => entry.outcome.issue === issue)
    .sort(
      (x, y) =>
        (roundAt.get(x.outcome.round) ?? Infinity) - (roundAt.get(y.outcome.round) ?? Infinity),
    );
  const shifts = positionShifts(dataset, snapshot.parties, snapshot.round.id).filter(
    (shift) => shift.issue === issue,
  );
  const series = valueSeries(dataset, issue, snapshot.parties).filter((s) =>
    s.points.some((point) => point.value !== undefined),
  );
  const detail: IssueDetail = {
    cells,
    gaps,
    knownCount: known.length,
    outcomes,
    shifts,
    series,
    rounds,
  };
  const zone = zoneOfAgreement(known);
  if (zone) detail.zone = zone;
  return detail;
}
