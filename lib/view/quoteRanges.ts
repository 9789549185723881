import { normaliseForQuote } from '@/lib/model';

/**
 * A text normalised as normaliseForQuote does it, with, for every character of the normalised
 * text, the stretch [start, end) of the original text it came from.
 */
export interface NormalisedText {
  text: string;
  start: number[];
  end: number[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212]/;
const DROPPED = /[*_]/;
const SPACE = /\s/;
const MARK = /\p{M}/u;

/** The cluster [i, j) starting at i: one code point and the combining marks after it (what NFC may merge). */
function clusterEnd(text: string, i: number): number {
  let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!MARK.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * Normalises `original` step by step exactly like normaliseForQuote (NFC, plain quotes and
 * hyphens, emphasis marks dropped, whitespace runs collapsed, trimmed), remembering where each
 * normalised character came from, so a match in the normalised text maps back to the original.
 */
export function normaliseWithMap(original: string): NormalisedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < original.length;) {
    const j = clusterEnd(original, i);
    for (const raw of original.slice(i, j).normalize('NFC')) {
      let ch = raw;
      if (SINGLE_QUOTES.test(ch)) ch = "'";
      else if (DOUBLE_QUOTES.test(ch)) ch = '"';
      else if (DASHES.test(ch)) ch = '-';
      if (DROPPED.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (lastWasSpace) {
          end[end.length - 1] = j; // the run grows; it still stands for one space
          continue;
        }
        ch = ' ';
        lastWasSpace = true;
      } else lastWasSpace = false;
      chars.push(ch);
      start.push(i);
      end.push(j);
    }
    i = j;
  }
  // trim, as normaliseForQuote does
  let from = 0;
  let to = chars.length;
  while (from < to && chars[from] === ' ') from++;
  while (to > from && chars[to - 1] === ' ') to--;
  return {
    text: chars.slice(from, to).join(''),
    start: start.slice(from, to),
    end: end.slice(from, to),
  };
}

/** A quoted passage found in a source: the stretch [start, end) of the ORIGINAL text. */
export interface QuoteRange {
  /** The caller's key for the quote (e.g. its anchor). */
  key: string;
  start: number;
  end: number;
  /** 0 for the first place the quote appears, 1 for the second, … */
  occurrence: number;
}

/**
 * Every place each quote appears in `original`, matched after normalising both sides, as ranges of
 * the original text (so line breaks, typographic quotes, dashes and emphasis marks inside a
 * passage are kept). A quote that appears twice gives two ranges; ranges of different quotes may
 * overlap. A quote that is empty after normalising, or not found, gives none. Sorted by start, then longest first.
 */
export function findQuoteRanges(
  original: string,
  quotes: readonly { key: string; quote: string }[],
): QuoteRange[] {
  const index = normaliseWithMap(original);
  const ranges: QuoteRange[] = [];
  const seen = new Set<string>();
  for (const { key, quote } of quotes) {
    if (seen.has(key)) continue;
    seen.add(key);
    const needle = normaliseForQuote(quote);
    if (!needle) continue;
    let occurrence = 0;
    for (
      let at = index.text.indexOf(needle);
      at >= 0;
      at = index.text.indexOf(needle, at + needle.length)
    ) {
      ranges.push({
        key,
        start: index.start[at]!,
        end: index.end[at + needle.length - 1]!,
        occurrence: occurrence++,
      });
    }
  }
  return ranges.sort((x, y) => x.start - y.start || y.end - x.end);
}
