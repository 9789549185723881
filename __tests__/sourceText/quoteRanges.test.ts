import { normaliseForQuote } from '@/lib/model';
import { findQuoteRanges, normaliseWithMap } from '@/lib/sourceText/quoteRanges';

const slice = (text: string, r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('normaliseWithMap', () => {
  it.each([
    ['plain', 'The talks began.'],
    ['line breaks and blank lines', 'one\ntwo\n\n  three\t four'],
    ['typographic quotes and dashes', '“1,000 for 1,000” — Russia’s ‘formula’ – yes'],
    ['emphasis marks', '**The Meeting.** The _talks_ began'],
    ['leading and trailing space', '\n\n  text  \n'],
    ['combining accent (NFC)', 'Tu\u0308rkiye and cafe\u0301'],
    ['astral characters', 'flag 🇺🇦 and 𝔸'],
    ['only spaces', ' \n '],
    ['backtick, acute and plain apostrophe', "it`s ´x´ and it's"],
    ['non-breaking and other spaces', 'a\u00a0\u2003b\u2028c'],
  ])('gives the same text as normaliseForQuote: %s', (_, text) => {
    expect(normaliseWithMap(text).text).toBe(normaliseForQuote(text));
  });

  it('maps each normalised character back to where it came from', () => {
    const text = 'a**b** \n\n c';
    const index = normaliseWithMap(text);
    expect(index.text).toBe('ab c');
    expect(index.start).toEqual([0, 3, 6, 10]);
    expect(index.end).toEqual([1, 4, 10, 11]);
  });

  it('maps a composed character to the whole cluster it came from', () => {
    const index = normaliseWithMap('Tu\u0308r');
    expect(index.text).toBe('Tür');
    expect(index.start[1]).toBe(1);
    expect(index.end[1]).toBe(3);
  });
});

describe('findQuoteRanges', () => {
  it('finds a quote with a line break inside it in the source', () => {
    const text = 'Oleksandr Poklad,\n\ndeputy head of the Service.';
    const [range] = findQuoteRanges(text, [{ key: 'q', quote: 'Poklad, deputy head' }]);
    expect(range).toMatchObject({ key: 'q', occurrence: 0 });
    expect(slice(text, range!)).toBe('Poklad,\n\ndeputy head');
  });

  it('matches typographic quotes and dashes against plain ones, keeping the original', () => {
    const text = 'They agreed on the “1,000 for 1,000” formula — only that.';
    const [range] = findQuoteRanges(text, [
      { key: 'q', quote: '"1,000 for 1,000" formula - only' },
    ]);
    expect(slice(text, range!)).toBe('“1,000 for 1,000” formula — only');
  });

  it('keeps bold marks inside a passage but not around it', () => {
    const text = 'Intro. **The Meeting.** The talks';
    const [range] = findQuoteRanges(text, [{ key: 'q', quote: 'The Meeting. The talks' }]);
    expect(slice(text, range!)).toBe('The Meeting.** The talks');
  });

  it('gives overlapping ranges for overlapping quotes, sorted by start', () => {
    const text = 'Russia rejected the proposal for a ceasefire.';
    const ranges = findQuoteRanges(text, [
      { key: 'late', quote: 'the proposal for a ceasefire' },
      { key: 'early', quote: 'Russia rejected the proposal' },
    ]);
    expect(ranges.map((r) => [r.key, slice(text, r)])).toEqual([
      ['early', 'Russia rejected the proposal'],
      ['late', 'the proposal for a ceasefire'],
    ]);
  });

  it('gives every appearance of a quote that appears twice, numbered', () => {
    const text = 'all for all, then again: all  for\nall.';
    const ranges = findQuoteRanges(text, [{ key: 'q', quote: 'all for all' }]);
    expect(ranges.map((r) => [r.occurrence, slice(text, r)])).toEqual([
      [0, 'all for all'],
      [1, 'all  for\nall'],
    ]);
  });

  it('gives nothing for a quote not in the text, an empty quote, or a repeated key', () => {
    const text = 'Some text here.';
    expect(findQuoteRanges(text, [{ key: 'a', quote: 'absent' }])).toEqual([]);
    expect(findQuoteRanges(text, [{ key: 'b', quote: ' ** ' }])).toEqual([]);
    expect(
      findQuoteRanges(text, [
        { key: 'c', quote: 'text' },
        { key: 'c', quote: 'text' },
      ]),
    ).toHaveLength(1);
  });
});
