import { z } from 'zod';
import { slugSchema } from './ids';

// Kept apart from dataset.ts so the clause rules (here and in clauseChecks.ts) read as one part.

const bounded = (max: number) =>
  z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max.toLocaleString('en-GB')} characters` });

/** How the document numbers a clause: "7", "12a", "II.3". One short token, no spaces. */
export const clauseNumberSchema = z
  .string({ error: 'must be text' })
  .min(1, { error: 'must not be empty' })
  .max(20, { error: 'must be at most 20 characters' })
  .regex(/^\S+$/, { error: 'must be one word, without spaces (for example "7" or "12a")' });

/** One issue a clause bears on, with the value the clause implies on that issue's 0-100 scale. */
export const clauseIssueSchema = z.strictObject({
  issue: slugSchema,
  value: z
    .number({ error: 'must be a number from 0 to 100' })
    .min(0, { error: 'must be a number from 0 to 100' })
    .max(100, { error: 'must be a number from 0 to 100' }),
});

/**
 * One numbered point of a proposal's text. `text` is verbatim from `source` (checked like every
 * quote); `issues` links the clause to the position matrix: the value it implies on each issue.
 */
export const clauseSchema = z.strictObject({
  number: clauseNumberSchema,
  title: bounded(300).optional(),
  text: bounded(5000),
  source: slugSchema,
  issues: z
    .array(clauseIssueSchema)
    .max(300, { error: 'must have at most 300 entries' })
    .optional(),
});

/** A proposal's clauses, in the document's order. */
export const clausesSchema = z.array(clauseSchema).max(1000, {
  error: 'must have at most 1,000 clauses',
});

export type ClauseIssue = z.infer<typeof clauseIssueSchema>;
export type Clause = z.infer<typeof clauseSchema>;
