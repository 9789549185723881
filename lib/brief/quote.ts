import type { Evidence } from '@/lib/model';
import { evidenceHref } from '@/lib/url/routes';
import { attributionText } from '@/lib/wording/sources';
import type { DeckContext } from './context';
import { lines } from './paginate';
import type { SlideParty, SlideQuote } from './schema';

/** Longest quote a slide prints in full; longer quotes are cut at a word and marked as shortened. */
export const MAX_SLIDE_QUOTE = 240;

/** Cuts a text at the last word boundary before `max` characters, with an ellipsis; unchanged when short. */
export function shorten(text: string, max: number): { text: string; shortened: boolean } {
  if (text.length <= max) return { text, shortened: false };
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`, shortened: true };
}

/**
 * The small-print quote behind a position: its first piece of evidence, with its attribution and
 * locator, linking to the cell's evidence page. The source's title is named only when the dataset
 * has more than one source (with one, the title and method slides name it).
 */
export function slideQuote(
  ctx: DeckContext,
  issue: string,
  party: SlideParty,
  evidence: Evidence | undefined,
): SlideQuote | undefined {
  if (!evidence) return undefined;
  const source = ctx.source(evidence.source);
  const { text, shortened } = shorten(evidence.quote, MAX_SLIDE_QUOTE);
  const title = ctx.dataset.sources.length > 1 ? (source?.title ?? evidence.source) : undefined;
  const where = [title, evidence.locator].filter(Boolean).join(', ');
  return {
    text,
    shortened,
    attribution: attributionText(evidence, source, party.name),
    source: where || (source?.title ?? evidence.source),
    href: evidenceHref(ctx.dataset.id, issue, party.id),
  };
}

/** Lines a small-print quote and its caption take, in body lines, at about `perLine` characters a line. */
export function quoteLines(quote: SlideQuote | undefined, perLine: number): number {
  if (!quote) return 0;
  return (
    0.7 * (lines(quote.text, perLine) + lines(`${quote.attribution} · ${quote.source}`, perLine))
  );
}
