import { z } from 'zod';

/** Longest id allowed anywhere in a dataset (and in a URL segment that names one). */
export const MAX_ID_LENGTH = 64;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Dataset ids that would collide with the app's own top-level routes. */
export const RESERVED_DATASET_IDS = [
  'api',
  'floor',
  'about',
  'help',
  'docs',
  'static',
  'new',
  'workspace',
  'signin',
  'signout',
] as const;

/** True when `value` is a well-formed id: lowercase ASCII letters, digits and single hyphens. */
export function isSlug(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && SLUG_PATTERN.test(value);
}

/** An id: lowercase ASCII letters, digits and hyphens, at most 64 characters. */
export const slugSchema = z
  .string({ error: 'must be text' })
  .min(1, { error: 'must not be empty' })
  .max(MAX_ID_LENGTH, { error: `must be at most ${MAX_ID_LENGTH} characters` })
  .regex(SLUG_PATTERN, {
    error:
      'must use only lowercase letters a-z, digits and single hyphens (for example "united-states")',
  });

/** A dataset id: a slug that is not one of the app's own routes. */
export const datasetIdSchema = slugSchema.refine(
  (id) => !(RESERVED_DATASET_IDS as readonly string[]).includes(id),
  { error: `is reserved for the app's own pages (${RESERVED_DATASET_IDS.join(', ')})` },
);
