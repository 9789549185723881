import { AGREEMENT_THRESHOLD, type AgreementPoint } from '@/lib/analysis';

/** Why a pair counts as agreeing on an issue, in words: outcome, overlapping ranges, or within 10 points. */
export function agreementReasonText(
  point: Pick<AgreementPoint, 'reason' | 'gap' | 'overlap'>,
): string {
  const gap = point.gap === undefined ? '' : ` (gap ${Math.round(point.gap)} of 100)`;
  if (point.reason === 'outcome') return `a recorded outcome names both${gap}`;
  if (point.reason === 'overlap')
    return point.overlap
      ? `acceptable ranges overlap at ${Math.round(point.overlap.min)}–${Math.round(point.overlap.max)}`
      : 'acceptable ranges overlap';
  return `within ${AGREEMENT_THRESHOLD} points${gap}`;
}
