import { z } from 'zod';

/** A calendar date as an ISO string, "2025-05-16". */
export const isoDateSchema = z.iso.date({ error: 'must be a date written as YYYY-MM-DD' });

/** A date that may be known only to the month or year: "2025", "2025-05" or "2025-05-16". */
export const approximateDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    error: 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD',
  });
