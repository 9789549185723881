import type { Dataset } from '@/lib/model';
import { type PairAlignment, alignmentMatrix } from './alignment';
import { type OpenDemand, openDemands } from './demands';
import { type IssueDisagreement, issueDisagreement } from './disagreement';
import {
  type AgreementPoint,
  type DisagreementPoint,
  pointsOfAgreement,
  pointsOfDisagreement,
} from './rankings';
import { type Shift, positionShifts } from './shifts';
import { type Snapshot, takeSnapshot } from './snapshot';

/** Everything the dashboard shows for one view of a dataset. */
export interface Analysis {
  snapshot: Snapshot;
  /** One per issue, in issue order. */
  disagreements: IssueDisagreement[];
  pointsOfDisagreement: DisagreementPoint[];
  pointsOfAgreement: AgreementPoint[];
  alignment: PairAlignment[];
  openDemands: OpenDemand[];
  shifts: Shift[];
}

/** The view to analyse: round (default latest), parties (default all, in this order), ranking length (default 10). */
export interface AnalysisOptions {
  round?: string;
  parties?: string[];
  limit?: number;
}

/** Runs every analysis for one round and party selection; shifts cover the selected parties up to that round. */
export function analyse(dataset: Dataset, options: AnalysisOptions = {}): Analysis {
  const snapshot = takeSnapshot(dataset, options);
  const limit = options.limit ?? 10;
  return {
    snapshot,
    disagreements: snapshot.issues.map((issue) => issueDisagreement(snapshot, issue)),
    pointsOfDisagreement: pointsOfDisagreement(snapshot, limit),
    pointsOfAgreement: pointsOfAgreement(snapshot, dataset.outcomes ?? [], limit),
    alignment: alignmentMatrix(snapshot),
    openDemands: openDemands(snapshot),
    shifts: positionShifts(dataset, snapshot.parties, snapshot.round.id),
  };
}
