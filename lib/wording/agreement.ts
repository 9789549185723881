import { AGREEMENT_THRESHOLD, type AgreementPoint, type PairAlignment } from '@/lib/analysis';
import { gapText } from './numbers';

/** "within 10 points": how close two positions must be to count as agreeing (AGREEMENT_THRESHOLD). */
export const CLOSE_WORDS = `within ${AGREEMENT_THRESHOLD} points`;

/** "more than 10 points apart": how far apart two positions must be to count as disagreeing. */
export const APART_WORDS = `more than ${AGREEMENT_THRESHOLD} points apart`;

/** Why a pair counts as agreeing on an issue, in words: outcome, overlapping ranges, or within AGREEMENT_THRESHOLD points. */
export function agreementReasonText(
  point: Pick<AgreementPoint, 'reason' | 'gap' | 'overlap'>,
): string {
  const gap = point.gap === undefined ? '' : ` (${gapText(point.gap)})`;
  if (point.reason === 'outcome') return `a recorded outcome names both${gap}`;
  if (point.reason === 'overlap')
    return point.overlap
      ? `acceptable ranges overlap at ${Math.round(point.overlap.min)}–${Math.round(point.overlap.max)}`
      : 'acceptable ranges overlap';
  return `${CLOSE_WORDS}${gap}`;
}

/** "alignment 72 of 100, over 5 issues compared", or why there is no score. */
export function alignmentText(alignment: PairAlignment): string {
  if (alignment.score === undefined) return 'no score: no issue where both are known';
  const issues = alignment.compared === 1 ? 'issue' : 'issues';
  return `alignment ${Math.round(alignment.score)} of 100, over ${alignment.compared} ${issues} compared`;
}
