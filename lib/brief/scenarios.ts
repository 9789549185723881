import { closestToAgreement } from '@/lib/analysis/concessions';
import { predictOutcome } from '@/lib/analysis/prediction';
import {
  CONCESSIONS_RULE,
  PREDICTION_CAVEAT,
  PREDICTION_RULE,
  concessionsHeadline,
  formatScaleNumber,
  holdoutText,
  moveText,
  predictionShortText,
  predictionText,
} from '@/lib/wording/scenario';
import type { DeckContext } from './context';
import type { SlideOf } from './schema';

/** Issues the "What it would take" slide shows: the widest gaps by the movement needed. */
export const WHAT_IT_TAKES_ISSUES = 4;
/** Moves listed per issue on the slide (the largest); the issue page lists them all. */
const MOVES_SHOWN = 2;

/**
 * "What it would take": for the chosen issues needing the most movement to meet, how much in all,
 * who moves how far (largest first), the single holdout where there is one, and the predicted
 * outcome where capabilities allow, labelled as a model estimate. One slide.
 */
export function whatItTakesSlides(ctx: DeckContext): SlideOf<'what-it-takes'>[] {
  const snapshot = ctx.analysis.snapshot;
  const ranked = closestToAgreement(snapshot)
    .filter((r) => ctx.hasIssue(r.issue) && r.concessions.total > 0)
    .reverse()
    .slice(0, WHAT_IT_TAKES_ISSUES);
  const name = (id: string) => ctx.party(id).name;
  const rows = ranked.map(({ issue, concessions }) => {
    const ranged = new Map(
      (snapshot.known.get(issue) ?? []).map((k) => [k.party, k.ranged] as const),
    );
    const movers = concessions.moves
      .filter((m) => m.points > 0)
      .sort((a, b) => b.points - a.points);
    const prediction = predictOutcome(snapshot, ctx.dataset.parties, issue);
    const row: SlideOf<'what-it-takes'>['rows'][number] = {
      issue: ctx.issueTitle(issue),
      total: `${formatScaleNumber(concessions.total)} points in all, meeting at ${formatScaleNumber(concessions.meetingPoint)}`,
      moves: movers
        .slice(0, MOVES_SHOWN)
        .map((m) => moveText(m, name(m.party), ranged.get(m.party) ?? false)),
      more: Math.max(0, movers.length - MOVES_SHOWN),
    };
    const holdout = holdoutText(concessions.holdouts, concessions.moves.length, name);
    if (holdout) row.holdout = holdout;
    if (prediction) row.prediction = predictionShortText(prediction);
    const said = `${ctx.issueTitle(issue)}: ${concessionsHeadline(concessions)}`;
    return { row, notes: prediction ? [said, predictionText(prediction)] : [said] };
  });
  return [
    {
      kind: 'what-it-takes',
      heading: 'What it would take',
      continued: false,
      notes: [
        CONCESSIONS_RULE,
        PREDICTION_RULE,
        PREDICTION_CAVEAT,
        ...rows.flatMap((r) => r.notes),
      ],
      rows: rows.map((r) => r.row),
      caveat: PREDICTION_CAVEAT,
      empty:
        'On every chosen issue with two or more known positions the acceptable ranges already meet.',
    },
  ];
}
