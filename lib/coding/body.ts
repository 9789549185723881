import { z } from 'zod';
import { problemsFromZod, type DatasetProblem } from '@/lib/model';
import { ITEM_SCHEMAS, type CodingPart } from './parts';

/** The most text a pasted or uploaded source may hold (characters). */
export const MAX_SOURCE_TEXT = 2_000_000;

/** The fields every coding save carries beside the item: what the form was loaded at, and why. */
const meta = {
  baseRevision: z
    .number({ error: 'must be the revision number the form was loaded at' })
    .int({ error: 'must be the revision number the form was loaded at' })
    .min(1, { error: 'must be the revision number the form was loaded at' }),
  reason: z
    .string({ error: 'must be text' })
    .max(2000, { error: 'must be at most 2,000 characters' })
    .optional(),
  /** True for an add form: refused when the item exists already. */
  create: z.boolean({ error: 'must be true or false' }).optional(),
};

/**
 * The strict body of a coding save: `{ baseRevision, reason?, create?, item }` (sources add
 * `text`, the document exactly as pasted or uploaded). The item is checked by the model's own
 * schema in a second step, so its problems read as the validator's.
 */
export function codingBodySchema(part: CodingPart) {
  return z.strictObject({
    ...meta,
    item: z.record(z.string(), z.unknown(), { error: 'must be an object' }),
    ...(part === 'sources'
      ? {
          text: z.string({ error: 'must be text' }).max(MAX_SOURCE_TEXT, {
            error: `must be at most ${MAX_SOURCE_TEXT.toLocaleString('en-GB')} characters`,
          }),
        }
      : {}),
  });
}

/** A coding body as parsed. */
export interface CodingBody {
  baseRevision: number;
  reason?: string;
  create?: boolean;
  item: Record<string, unknown>;
  text?: string;
}

/** The item checked by its part's model schema: the value, or the problems in the validator's words (paths within the item). */
export function checkItem(
  part: CodingPart,
  item: unknown,
): { ok: true; item: Record<string, unknown> } | { ok: false; problems: DatasetProblem[] } {
  const parsed = ITEM_SCHEMAS[part].safeParse(item);
  return parsed.success
    ? { ok: true, item: parsed.data as Record<string, unknown> }
    : { ok: false, problems: problemsFromZod(parsed.error.issues) };
}
