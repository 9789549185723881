import { AGREEMENT_THRESHOLD, type AgreementPoint, type PairAlignment } from '@/lib/analysis';
import { distanceText, gapText, rangeGapText } from './gap';
import { points } from './numbers';

/** "within 10 points": how close two positions (or their acceptable ranges) must be to count as agreeing (AGREEMENT_THRESHOLD). */
export const CLOSE_WORDS = `within ${AGREEMENT_THRESHOLD} points`;

/** "more than 10 points apart": how far apart two positions must be to count as disagreeing. */
export const APART_WORDS = `more than ${AGREEMENT_THRESHOLD} points apart`;

/**
 * Why a pair counts as agreeing on an issue, in words, with how far apart the positions are:
 * "a recorded outcome names both (positions 5 apart)", "acceptable ranges overlap at 40–60;
 * positions 30 apart", "within 10 points (positions 5 apart)", or for ranges that nearly meet
 * "acceptable ranges within 10 points (positions 25 apart; acceptable ranges 5 apart)".
 */
export function agreementReasonText(
  point: Pick<AgreementPoint, 'reason' | 'apart' | 'overlap'>,
): string {
  const { apart } = point;
  const gap = apart ? ` (${gapText(apart)})` : '';
  if (point.reason === 'outcome') return `a recorded outcome names both${gap}`;
  if (point.reason === 'overlap') {
    const where = point.overlap
      ? `${rangeGapText(0)} at ${points(point.overlap.min)}–${points(point.overlap.max)}`
      : rangeGapText(0);
    return apart ? `${where}; ${distanceText(apart.distance)}` : where;
  }
  return apart?.ranged ? `acceptable ranges ${CLOSE_WORDS}${gap}` : `${CLOSE_WORDS}${gap}`;
}

/** "alignment 72 of 100, over 5 issues compared", or why there is no score. */
export function alignmentText(alignment: PairAlignment): string {
  if (alignment.score === undefined) return 'no score: no issue where both are known';
  const issues = alignment.compared === 1 ? 'issue' : 'issues';
  return `alignment ${Math.round(alignment.score)} of 100, over ${alignment.compared} ${issues} compared`;
}
