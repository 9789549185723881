import type { ConcessionMove, Concessions, Holdout } from '@/lib/analysis/concessions';
import type { Interval } from '@/lib/analysis/interval';
import type { Prediction } from '@/lib/analysis/prediction';

/** A scale figure with at most one decimal: "40", "62.5". */
export function formatScaleNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** "points" with the right number: "1 point", "25 points". */
function pointsText(value: number): string {
  const shown = formatScaleNumber(value);
  return `${shown} ${shown === '1' ? 'point' : 'points'}`;
}

function stretch(interval: Interval): string {
  return interval.min === interval.max
    ? formatScaleNumber(interval.min)
    : `${formatScaleNumber(interval.min)}–${formatScaleNumber(interval.max)}`;
}

/** The headline of the concessions an issue needs. */
export function concessionsHeadline(c: Concessions): string {
  if (c.total === 0)
    return `The acceptable ranges already meet (${stretch(c.cheapest)} of 100): nobody needs to move.`;
  const same =
    c.cheapest.min === c.cheapest.max
      ? ''
      : ` (any meeting point from ${formatScaleNumber(c.cheapest.min)} to ${formatScaleNumber(c.cheapest.max)} costs the same)`;
  return `For every range to meet takes at least ${pointsText(c.total)} of movement in all, meeting at ${formatScaleNumber(c.meetingPoint)} of 100${same}.`;
}

/** One party's move: "Russia: 15 points down, from 55 to 40", with ranges where the party gave one. */
export function moveText(move: ConcessionMove, name: string, ranged: boolean): string {
  const at = (side: ConcessionMove['from']) =>
    ranged
      ? `${formatScaleNumber(side.value)} (range ${stretch(side.interval)})`
      : formatScaleNumber(side.value);
  if (move.points === 0) return `${name}: no move (its range takes in the meeting point)`;
  return `${name}: ${pointsText(move.points)} ${move.direction}, from ${at(move.from)} to ${at(move.to)}`;
}

/**
 * The holdout sentence: "A zone opens if Russia alone moves 25 points." for a single holdout;
 * with two parties either one; else every party whose move alone would do.
 */
export function holdoutText(
  holdouts: readonly Holdout[],
  parties: number,
  nameOf: (id: string) => string,
): string | undefined {
  const [first, second] = holdouts;
  if (!first) return undefined;
  if (!second)
    return `A zone opens if ${nameOf(first.party)} alone moves ${pointsText(first.points)}.`;
  if (parties === 2)
    return `A zone opens if either moves ${pointsText(first.points)}: ${nameOf(first.party)} alone or ${nameOf(second.party)} alone.`;
  return `A zone opens if any one of these moves alone: ${holdouts.map((h) => `${nameOf(h.party)} ${pointsText(h.points)}`).join(', ')}.`;
}

/** The words every predicted outcome carries: it is a model's estimate, never a fact. */
export const PREDICTION_CAVEAT =
  'A model estimate from the coder’s capability figures, not coded data and not a forecast of fact.';

/** "Weighted median 40 of 100 · compromise mean 43.5 of 100, from 3 parties". */
export function predictionText(p: Prediction): string {
  return `Weighted median ${formatScaleNumber(p.median)} of 100 · compromise mean ${formatScaleNumber(p.mean)} of 100, from ${p.inputs.length} parties’ positions weighted by capability × salience.`;
}

/** "weighted median 80 · compromise mean 48.1 (of 100)", for a slide. */
export function predictionShortText(p: Prediction): string {
  return `weighted median ${formatScaleNumber(p.median)} · compromise mean ${formatScaleNumber(p.mean)} (of 100, from ${p.inputs.length} parties)`;
}

/** RULE text for the method page and slide: how the predicted outcome is made. */
export const PREDICTION_RULE =
  'Predicted outcome (a model estimate, never a fact): each party with a position and a capability c (0–100, the coder’s estimate of its weight at the table) weighs w = c × s, s its salience (3 where not coded). The weighted median is the value at which the running weight, in value order, passes half of Σw (the midpoint of two values on an exact half); the compromise mean is Σ w·v / Σ w. Neither is shown from fewer than two such positions; parties without a capability are left out and named.';

/** RULE text for the method page and slide: how the concessions needed are counted. */
export const CONCESSIONS_RULE =
  'Concessions needed: the least total movement, in scale points, that makes every chosen party’s acceptable range (or value, where it gave none) meet. A party moves its value and range together; to take in a point x it moves the distance from x to its range. The total is least for any x between the middle two of all the ranges’ ends; the moves are shown for the one of those points that asks least of any single party. A single holdout is a party without whom the others already meet.';
