/**
 * The columns an export of a view that is not the coded data carries: its rows must not come
 * back in as codings.
 */
export const NOT_CODED_COLUMNS = {
  flipped:
    'marks a row exported from a view oriented with ?orient= (its numbers are 100 minus the coded ones); download the matrix without ?orient= to import it',
  scenario:
    'marks a row exported from a what-if view (?whatif=), which is not coded data; download the matrix without ?whatif= to import it',
} as const;
