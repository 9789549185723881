/**
 * Text wrapped in Unicode first-strong isolates (FSI … PDI), so a right-to-left name or title in
 * an SVG label keeps its place beside the words around it instead of reordering them.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A title cut to `max` characters with an ellipsis, for axis labels (the full title stays in tables). */
export function shortTitle(title: string, max = 30): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
