/** One typographic single quote, apostrophe, prime, backtick or acute accent: read as a plain ' in quote matching. */
export const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
/** One typographic double quote, double prime or guillemet: read as a plain " in quote matching. */
export const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
/** One dash or minus sign: read as a hyphen in quote matching. */
export const DASHES = /[\u2010-\u2015\u2212]/;
/** One markdown emphasis mark: dropped in quote matching. */
export const EMPHASIS_MARKS = /[*_]/;

const everywhere = (one: RegExp) => new RegExp(one.source, 'g');
const ALL_SINGLE_QUOTES = everywhere(SINGLE_QUOTES);
const ALL_DOUBLE_QUOTES = everywhere(DOUBLE_QUOTES);
const ALL_DASHES = everywhere(DASHES);
const ALL_EMPHASIS_MARKS = everywhere(EMPHASIS_MARKS);

/**
 * Normalises text for quote matching: typographic quotes and apostrophes become plain ones,
 * every dash becomes a hyphen, markdown emphasis marks go, and runs of whitespace (source texts
 * break sentences across lines and blank lines) become one space.
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(ALL_SINGLE_QUOTES, "'")
    .replace(ALL_DOUBLE_QUOTES, '"')
    .replace(ALL_DASHES, '-')
    .replace(ALL_EMPHASIS_MARKS, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` appears verbatim in `sourceText`, after normalising both. */
export function quoteInSource(quote: string, sourceText: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && normaliseForQuote(sourceText).includes(needle);
}

/** Below this length a plain search is fast enough, and no index is built. */
const INDEX_FROM_LENGTH = 200_000;
/** Length of the index keys: long enough that generated or formulaic quotes rarely share one. */
const KEY = 48;

/**
 * A test for "is this (normalised) quote in this (normalised) text", fast for many quotes in a
 * long text. A plain `includes` per quote is O(text) each: 46,000 quotes in a 4 MB source took
 * 30 s and blocked the server. Long texts get an index of the `KEY` characters at every word
 * start; a quote that starts at a word start is found through it, and anything else (short
 * quotes, quotes starting mid-word, quotes not in the text) falls back to `includes`, so the
 * answer is always the same as `text.includes(needle)`.
 */
export function quoteMatcher(text: string): (needle: string) => boolean {
  if (text.length < INDEX_FROM_LENGTH) return (needle) => text.includes(needle);
  let index: Map<string, number[]> | undefined;
  const build = () => {
    const map = new Map<string, number[]>();
    for (let i = 0; i + KEY <= text.length; i += 1) {
      if (i > 0 && text.charCodeAt(i - 1) !== 32) continue; // word starts only
      const key = text.slice(i, i + KEY);
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    }
    return map;
  };
  return (needle) => {
    if (needle.length >= KEY) {
      index ??= build();
      const starts = index.get(needle.slice(0, KEY));
      if (starts?.some((at) => text.startsWith(needle, at))) return true;
    }
    return text.includes(needle);
  };
}
