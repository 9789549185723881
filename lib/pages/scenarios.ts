import { issueConcessions, closestToAgreement } from '@/lib/analysis/concessions';
import { predictOutcome } from '@/lib/analysis/prediction';
import type { Snapshot } from '@/lib/analysis/snapshot';
import type { Dataset } from '@/lib/model';
import { parseWhatIf } from '@/lib/url/whatif';
import { count } from '@/lib/wording/numbers';
import {
  PREDICTION_CAVEAT,
  concessionsHeadline,
  formatScaleNumber,
  holdoutText,
  moveText,
  predictionText,
} from '@/lib/wording/scenario';

/** One row of the predicted outcome's table: a party, its value and what it weighs. */
export interface PredictionRow {
  party: string;
  value: string;
  capability: string;
  salience: string;
  weight: string;
}

/** The "Scenarios" section of an issue page, ready to draw. */
export interface IssueScenarios {
  concessions?: {
    headline: string;
    holdout?: string;
    moves: string[];
    /** "2nd closest to agreement of 12 issues". */
    rank: string;
  };
  /** Why there is no concessions estimate. */
  noConcessions?: string;
  prediction?: {
    text: string;
    caveat: string;
    rows: PredictionRow[];
    /** "Left out (no capability): Commission." */
    leftOut?: string;
  };
  /** Why there is no predicted outcome. */
  noPrediction: string;
  /** The what-if form: the parties at the table and the link's current changes for this issue. */
  form: {
    parties: { id: string; name: string; value?: number; capability?: number }[];
    /** The value the form suggests: the meeting point, else the middle of the scale. */
    suggested: number;
  };
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10];
  return `${n}${suffix ?? 'th'}`;
}

/**
 * The Scenarios section of an issue: the concessions needed among the chosen parties at the
 * viewed round (who moves, how far, to where; a single holdout named; its place in the "closest
 * to agreement" ranking), the predicted outcome where capabilities allow, and the what-if form.
 */
export function issueScenarios(
  dataset: Dataset,
  snapshot: Snapshot,
  issue: string,
  whatif?: string,
): IssueScenarios {
  const names = new Map(dataset.parties.map((p) => [p.id, p.name] as const));
  const name = (id: string) => names.get(id) ?? id;
  const known = snapshot.known.get(issue) ?? [];
  const concessions = issueConcessions(snapshot, issue);
  const out: IssueScenarios = {
    noPrediction: '',
    form: {
      parties: snapshot.atTable.map((id) => {
        const k = known.find((x) => x.party === id);
        const capability = dataset.parties.find((p) => p.id === id)?.capability;
        return {
          id,
          name: name(id),
          ...(k ? { value: k.value } : {}),
          ...(capability !== undefined ? { capability } : {}),
        };
      }),
      suggested: concessions ? Math.round(concessions.meetingPoint) : 50,
    },
  };
  if (concessions) {
    const ranking = closestToAgreement(snapshot);
    const place = ranking.findIndex((r) => r.issue === issue) + 1;
    const ranged = new Map(known.map((k) => [k.party, k.ranged] as const));
    const holdout = holdoutText(concessions.holdouts, concessions.moves.length, name);
    out.concessions = {
      headline: concessionsHeadline(concessions),
      moves: concessions.moves.map((m) => moveText(m, name(m.party), ranged.get(m.party) ?? false)),
      rank: `${ordinal(place)} closest to agreement of ${count(ranking.length, 'issue')} with two or more known positions.`,
      ...(holdout ? { holdout } : {}),
    };
  } else {
    out.noConcessions =
      'Fewer than two of the chosen parties have a known position here, so there is nothing to close.';
  }
  const prediction = predictOutcome(snapshot, dataset.parties, issue);
  if (prediction) {
    out.prediction = {
      text: predictionText(prediction),
      caveat: PREDICTION_CAVEAT,
      rows: prediction.inputs.map((i) => ({
        party: name(i.party),
        value: formatScaleNumber(i.value),
        capability: formatScaleNumber(i.capability),
        salience: `${i.salience}${i.salienceAssumed ? ' (not coded: 3 assumed)' : ''}`,
        weight: formatScaleNumber(i.weight),
      })),
      ...(prediction.withoutCapability.length
        ? {
            leftOut: `Left out (no capability): ${prediction.withoutCapability.map(name).join(', ')}.`,
          }
        : {}),
    };
  } else {
    const withCapability = known.filter(
      (k) => dataset.parties.find((p) => p.id === k.party)?.capability !== undefined,
    ).length;
    const here =
      withCapability === 0
        ? 'here none has one'
        : withCapability === 1
          ? 'here only one has'
          : 'here every such capability is 0';
    out.noPrediction = `No predicted outcome: it needs at least two parties with a known position and a capability (the coder’s estimate of their weight at the table); ${here}.`;
  }
  // The form starts from the link's own value for this issue, where it sets one.
  const current = parseWhatIf(whatif, dataset).changes.find(
    (c) => c.kind === 'position' && c.issue === issue,
  );
  if (current) out.form.suggested = current.value;
  return out;
}
