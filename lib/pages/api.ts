import type { EntryReview, ReviewState } from '@/lib/review/state';
import {
  issueDisagreement,
  issueGaps,
  pairAlignment,
  pairSnapshot,
  takeSnapshot,
  type PairAlignment,
  type PairGap,
} from '@/lib/analysis';
import type { Orientation } from '@/lib/analysis/orientation';
import type { Scenario } from '@/lib/analysis/scenario';
import type { DatasetVersion } from '@/lib/matrix/export';
import type { Dataset } from '@/lib/model';
import { scenarioView } from './scenario';

/** The computed gaps of one issue at a round: its widest pair and every pairwise gap. */
export interface IssueGapsJson {
  issue: string;
  /** How many parties have a position with a value. */
  known: number;
  widest: PairGap | null;
  pairs: PairGap[];
}

/** What `/api/datasets/<id>` answers: the version, the validated dataset and the gaps at a round. */
export interface DatasetJson {
  version: DatasetVersion;
  /** The round the gaps are computed at (default: the latest). */
  round: string;
  gaps: IssueGapsJson[];
  /** With `?parties=a,b` (two ids): the pair compared, each at the round it is shown at. */
  pair?: PairJson;
  /**
   * With `?orient=<party>`: the party, and the issues read flipped (their values, ranges and
   * readings as 100 − value, scale ends swapped, titles marked "(flipped)"), in `dataset` too.
   */
  orientation?: { party: string; flipped: string[] };
  /**
   * With `?whatif=` changing something: not coded data. `mark` is "Scenario: not coded data",
   * `changes` each change in words, `ignored` the parts of the link left out; `gaps`, `pair`
   * and `dataset` are computed with the changes applied.
   */
  scenario?: { mark: string; spec: string; changes: string[]; ignored: string[] };
  /**
   * A workspace dataset's review (docs/workspace-review.md): every position cell's state by its
   * key `party/issue/round`, the counts, and with `?reviewed=only` `approvedOnly: true` (then
   * `dataset` and `gaps` hold approved positions only). Folder datasets have none.
   */
  review?: {
    approvedOnly: boolean;
    counts: EntryReview['counts'];
    positions: Record<string, ReviewState>;
  };
  dataset: Dataset;
}

/**
 * Two parties compared: the round each side is shown at (the viewed round, or for a proposal
 * and its successor the last round each is in force), their gap per issue and their alignment.
 */
export interface PairJson {
  a: { party: string; round: string };
  b: { party: string; round: string };
  gaps: PairGap[];
  alignment: PairAlignment;
}

/** The pair view of the API: see PairJson. */
export function pairJson(dataset: Dataset, a: string, b: string, round?: string): PairJson {
  const { snapshot, successionRounds } = pairSnapshot(dataset, a, b, round);
  return {
    a: { party: a, round: successionRounds?.a.id ?? snapshot.round.id },
    b: { party: b, round: successionRounds?.b.id ?? snapshot.round.id },
    gaps: snapshot.issues.flatMap((issue) => issueGaps(snapshot, issue)),
    alignment: pairAlignment(snapshot, a, b),
  };
}

/** The dataset as JSON with its computed gaps per issue at a round (default the latest). */
export function datasetJson(
  dataset: Dataset,
  version: DatasetVersion,
  round?: string,
  pair?: [string, string],
  orientation?: Orientation,
  scenario?: Scenario,
  review?: EntryReview,
): DatasetJson {
  const snapshot = takeSnapshot(dataset, { round });
  const gaps = snapshot.issues.map((issue): IssueGapsJson => {
    const d = issueDisagreement(snapshot, issue);
    return { issue, known: d.known, widest: d.widest ?? null, pairs: issueGaps(snapshot, issue) };
  });
  const body: DatasetJson = { version, round: snapshot.round.id, gaps, dataset };
  if (pair) body.pair = pairJson(dataset, pair[0], pair[1], round);
  if (orientation) body.orientation = { party: orientation.party.id, flipped: orientation.flipped };
  const view = scenarioView(scenario);
  if (view && scenario)
    body.scenario = {
      mark: view.heading,
      spec: scenario.spec,
      changes: view.changes,
      ignored: view.ignored,
    };
  if (review)
    body.review = {
      approvedOnly: review.approvedOnly,
      counts: review.counts,
      positions: Object.fromEntries(review.states),
    };
  return body;
}
