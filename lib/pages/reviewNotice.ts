import type { EntryReview } from '@/lib/review/state';
import { count } from '@/lib/wording/numbers';

/** What every page of a workspace dataset says about review, and the mark its slides carry. */
export interface ReviewNoticeView {
  heading: string;
  detail: string;
  /** The switch: its button's words and the `reviewed` value it sends (undefined: none). */
  toggle?: { label: string; reviewed?: 'only' };
  /** The short mark every slide carries. */
  stamp: string;
}

function breakdown(counts: EntryReview['counts']): string {
  const parts = [
    counts.awaiting ? `${counts.awaiting} awaiting review` : '',
    counts.challenged ? `${counts.challenged} challenged` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/**
 * The review notice of a view: with `?reviewed=only`, how many positions are left out and what
 * that does to carried positions; otherwise how many of the coded positions are unreviewed.
 * Folder datasets have no review: undefined, or a note when the URL asked for reviewed=only.
 */
export function reviewNoticeView(
  review: EntryReview | undefined,
  askedApprovedOnly: boolean,
): ReviewNoticeView | undefined {
  if (!review) {
    if (!askedApprovedOnly) return undefined;
    return {
      heading: 'No review here',
      detail:
        'This dataset is kept in a folder, not in the workspace, so it has no review: reviewed=only changes nothing.',
      stamp: 'Not reviewed in the workspace',
    };
  }
  const { counts } = review;
  const total = counts.awaiting + counts.challenged + counts.approved;
  const unreviewed = counts.awaiting + counts.challenged;
  if (review.approvedOnly)
    return {
      heading: 'Approved cells only',
      detail:
        unreviewed === 0
          ? `Every one of the ${count(total, 'coded position')} is approved, so nothing is left out.`
          : `${count(unreviewed, 'position')} not yet approved (${breakdown(counts)}) ${unreviewed === 1 ? 'is' : 'are'} left out and ${unreviewed === 1 ? 'reads' : 'read'} as not coded. Where a party has an older approved position on the issue, that one is shown instead, marked with the round it dates from.`,
      toggle: { label: 'Show every cell' },
      stamp: `Approved cells only: ${count(unreviewed, 'position')} left out`,
    };
  if (total === 0) return undefined;
  if (unreviewed === 0)
    return {
      heading: 'Reviewed',
      detail: `All ${count(total, 'coded position')} are approved.`,
      stamp: 'All positions approved',
    };
  return {
    heading: 'Not all reviewed',
    detail: `${unreviewed} of the ${count(total, 'coded position')} in this version ${unreviewed === 1 ? 'is' : 'are'} unreviewed (${breakdown(counts)}).`,
    toggle: { label: 'Show approved cells only', reviewed: 'only' },
    stamp: `${unreviewed} of ${count(total, 'position')} unreviewed`,
  };
}
