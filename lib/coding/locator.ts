/** Paragraphs are separated by a blank line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** The paragraph (1-based) holding character `offset` of a text. */
export function paragraphAt(text: string, offset: number): number {
  let n = 1;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    if (m.index + m[0].length > offset) break;
    n++;
  }
  return n;
}

/**
 * A quote's place in its source, for the evidence's locator: "para. 3, characters 120–245"
 * (offsets in UTF-16 code units, from 0, end exclusive, as JavaScript counts them). Undefined for
 * a range that is not inside the text.
 */
export function locatorOf(text: string, start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start)
    return undefined;
  if (end > text.length) return undefined;
  return `para. ${paragraphAt(text, start)}, characters ${start}–${end}`;
}

/** The offsets written by locatorOf, read back; undefined for any other locator. */
export function offsetsOfLocator(
  locator: string | undefined,
): { start: number; end: number } | undefined {
  const m = /characters (\d+)–(\d+)$/.exec(locator ?? '');
  return m ? { start: Number(m[1]), end: Number(m[2]) } : undefined;
}

/**
 * Whether a quote is the text at the offsets its locator names (a quote picked on the source
 * page): undefined when the locator names no offsets, else true or false.
 */
export function quoteAtLocator(
  text: string,
  quote: string,
  locator: string | undefined,
): boolean | undefined {
  const at = offsetsOfLocator(locator);
  return at ? text.slice(at.start, at.end) === quote : undefined;
}
