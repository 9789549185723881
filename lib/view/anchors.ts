import { normaliseForQuote } from '@/lib/model';

/** FNV-1a hash of a string as 8 hex digits: short, stable ids without crypto (works in the browser). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The stable anchor of a matrix cell: `cell-<issue>--<party>` (ids are slugs, so `--` never clashes). */
export function cellAnchor(issue: string, party: string): string {
  return `cell-${issue}--${party}`;
}

/** The stable anchor of a quoted passage in the source view, from its source and normalised text. */
export function quoteAnchor(source: string, quote: string): string {
  return `q-${source}-${shortHash(normaliseForQuote(quote))}`;
}

/** Link to a source's page: its full text with every quoted passage marked. */
export function sourceHref(datasetId: string, source: string): string {
  return `/${datasetId}/sources/${source}`;
}

/** Link to a quoted passage in its source's text. */
export function quoteHref(datasetId: string, source: string, quote: string): string {
  return `${sourceHref(datasetId, source)}#${quoteAnchor(source, quote)}`;
}

/** Link to a cell's evidence page. */
export function evidenceHref(datasetId: string, issue: string, party: string): string {
  return `/${datasetId}/matrix/${issue}/${party}`;
}
