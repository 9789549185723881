import { z } from 'zod';
import { nextPathSchema } from '@/lib/auth/schemas';
import { reviewKindSchema } from './state';

/** The longest comment a review event keeps. */
export const MAX_REVIEW_TEXT = 4000;

/** A position cell's key as the workspace writes it: `party/issue/round`. */
export const cellKeySchema = z
  .string({ error: 'must be text' })
  .max(300, { error: 'must be at most 300 characters' })
  .regex(/^[\w.:-]+\/[\w.:-]+\/[\w.:-]+$/, { error: 'must be party/issue/round' });

/**
 * POST /api/workspace/datasets/<id>/reviews: approve or challenge a cell (reviewer and up), or
 * comment on it or answer a challenge (coder and up). `revision` is the dataset revision the
 * person read the cell at; `next` the page a form goes back to.
 */
export const reviewBody = z
  .object({
    cell: cellKeySchema,
    kind: reviewKindSchema,
    revision: z.coerce
      .number({ error: 'must be a revision number' })
      .int({ error: 'must be a revision number' })
      .min(1, { error: 'must be a revision number' }),
    text: z
      .string({ error: 'must be text' })
      .trim()
      .max(MAX_REVIEW_TEXT, { error: `must be at most ${MAX_REVIEW_TEXT} characters` })
      .optional(),
    next: nextPathSchema.optional(),
  })
  .strict()
  .refine((b) => b.kind !== 'challenge' || (b.text ?? '') !== '', {
    path: ['text'],
    error: 'a challenge needs a comment saying what is wrong',
  })
  .refine((b) => b.kind !== 'comment' || (b.text ?? '') !== '', {
    path: ['text'],
    error: 'a comment needs text',
  });

/** A review request's body. */
export type ReviewBody = z.infer<typeof reviewBody>;

/**
 * Why a review form was refused or what it did, as a code in the address it goes back to: the
 * page shows fixed words for each, so a link cannot make it say anything else.
 */
export const REVIEW_NOTICES = {
  approve: 'Approved. The cell reads as reviewed until it changes.',
  challenge: 'Challenged. The coder can answer or change the cell.',
  comment: 'Comment recorded.',
  stale:
    'Not recorded: the cell changed after you read it. Read the new coding below and decide again.',
  own: 'Not recorded: you made the latest change of this cell, and no one approves their own coding.',
  text: 'Not recorded: a challenge or a comment needs text.',
  role: 'Not recorded: approving and challenging need the reviewer role.',
  'no-position': 'Not recorded: this cell has no position now.',
  invalid: 'Not recorded: the form was not complete.',
} as const;

/** A review form's outcome code. */
export type ReviewNotice = keyof typeof REVIEW_NOTICES;

/** The notice code a page's `?review-notice=` names, or undefined for anything else. */
export function reviewNoticeOf(raw: unknown): ReviewNotice | undefined {
  return typeof raw === 'string' && Object.hasOwn(REVIEW_NOTICES, raw)
    ? (raw as ReviewNotice)
    : undefined;
}
