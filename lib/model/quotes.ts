/**
 * Normalises text for quote matching: typographic quotes and apostrophes become plain ones,
 * every dash becomes a hyphen, markdown emphasis marks go, and runs of whitespace (source texts
 * break sentences across lines and blank lines) become one space.
 */
export function normaliseForQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` appears verbatim in `sourceText`, after normalising both. */
export function quoteInSource(quote: string, sourceText: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && normaliseForQuote(sourceText).includes(needle);
}
