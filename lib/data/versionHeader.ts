/**
 * The request header proxy.ts copies a URL's `?version=` into (percent-encoded), so that the
 * dataset layout, which Next gives no query, reads the same version as the page below it.
 */
export const VERSION_HEADER = 'x-dataset-version';
