import type { ReviewState } from '@/lib/review/state';

/** A cell's review state in words, for badges, the cell's page and notices. */
export const REVIEW_STATE_WORDS: Record<ReviewState, string> = {
  awaiting: 'Awaiting review',
  challenged: 'Challenged',
  approved: 'Approved',
};
