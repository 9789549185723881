import { issueDisagreement, issueGaps, takeSnapshot, type PairGap } from '@/lib/analysis';
import type { DatasetVersion } from '@/lib/matrix/export';
import type { Dataset } from '@/lib/model';

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
  dataset: Dataset;
}

/** The dataset as JSON with its computed gaps per issue at a round (default the latest). */
export function datasetJson(
  dataset: Dataset,
  version: DatasetVersion,
  round?: string,
): DatasetJson {
  const snapshot = takeSnapshot(dataset, { round });
  const gaps = snapshot.issues.map((issue): IssueGapsJson => {
    const d = issueDisagreement(snapshot, issue);
    return { issue, known: d.known, widest: d.widest ?? null, pairs: issueGaps(snapshot, issue) };
  });
  return { version, round: snapshot.round.id, gaps, dataset };
}
