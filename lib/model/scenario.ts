import { z } from 'zod';
import { slugSchema } from './ids';

const scenarioValue = z
  .number({ error: 'must be a number from 0 to 100' })
  .min(0, { error: 'must be a number from 0 to 100' })
  .max(100, { error: 'must be a number from 0 to 100' });

/**
 * One change of a what-if view (`?whatif=`): a party's value on an issue, or its capability.
 * Values are read on the scale as the view shows it (after any `?orient=` flip).
 */
export const whatIfChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('position'),
    party: slugSchema,
    issue: slugSchema,
    value: scenarioValue,
  }),
  z.strictObject({ kind: z.literal('capability'), party: slugSchema, value: scenarioValue }),
]);

/** A what-if change. */
export type WhatIfChange = z.infer<typeof whatIfChangeSchema>;

/** A change as its link writes it: `russia.security=40`, `ukraine.capability=60`. */
export function whatIfSpec(change: WhatIfChange): string {
  const target = change.kind === 'position' ? change.issue : 'capability';
  return `${change.party}.${target}=${change.value}`;
}
