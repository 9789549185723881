import type { StatementEvidence } from '@/lib/model';
import { evidenceHref } from '@/lib/url/routes';
import { attributionText } from '@/lib/wording/sources';
import { statementText } from '@/lib/wording/statement';
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
 * has more than one source (with one, the title and method slides name it). With the date of the
 * round the quote is coded in, it says who spoke and when where that is not the round's date;
 * `reading` is what the quote alone reads on the scale, for a cell whose quotes give readings.
 */
export function slideQuote(
  ctx: DeckContext,
  issue: string,
  party: SlideParty,
  evidence: StatementEvidence | undefined,
  roundDate?: string,
  reading?: string,
): SlideQuote | undefined {
  if (!evidence) return undefined;
  const source = ctx.source(evidence.source);
  const { text, shortened } = shorten(evidence.quote, MAX_SLIDE_QUOTE);
  const title = ctx.dataset.sources.length > 1 ? (source?.title ?? evidence.source) : undefined;
  const where = [title, evidence.locator].filter(Boolean).join(', ');
  const quote: SlideQuote = {
    text,
    shortened,
    attribution: attributionText(evidence, source, party.name),
    source: where || (source?.title ?? evidence.source),
    href: evidenceHref(ctx.dataset.id, issue, party.id),
  };
  const said = roundDate === undefined ? undefined : statementText(evidence, roundDate);
  if (said) quote.said = said;
  if (reading) quote.reading = reading;
  return quote;
}

/** Lines a small-print quote and its caption take, in body lines, at about `perLine` characters a line. */
export function quoteLines(quote: SlideQuote | undefined, perLine: number): number {
  if (!quote) return 0;
  const caption = [quote.reading, quote.attribution, quote.said, quote.source].filter(Boolean);
  return 0.7 * (lines(quote.text, perLine) + lines(caption.join(' · '), perLine));
}
