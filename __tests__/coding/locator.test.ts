import { locatorOf, offsetsOfLocator, paragraphAt, quoteAtLocator } from '@/lib/coding';

const TEXT = 'First para.\n\nSecond para, with the words.\n \nThird.';

describe('paragraphAt', () => {
  test('counts blank-line breaks before the offset', () => {
    expect(paragraphAt(TEXT, 0)).toBe(1);
    expect(paragraphAt(TEXT, TEXT.indexOf('Second'))).toBe(2);
    expect(paragraphAt(TEXT, TEXT.indexOf('Third'))).toBe(3);
  });
});

describe('locatorOf', () => {
  test('paragraph and offsets; a range outside the text has none', () => {
    const start = TEXT.indexOf('with the words');
    expect(locatorOf(TEXT, start, start + 14)).toBe(`para. 2, characters ${start}–${start + 14}`);
    expect(locatorOf(TEXT, 5, 5)).toBeUndefined();
    expect(locatorOf(TEXT, 0, TEXT.length + 1)).toBeUndefined();
    expect(offsetsOfLocator(locatorOf(TEXT, 2, 9))).toEqual({ start: 2, end: 9 });
    expect(offsetsOfLocator("section 'x', para. 1")).toBeUndefined();
  });
});

describe('quoteAtLocator', () => {
  test('true only for the exact text at the offsets; undefined for a typed locator', () => {
    const start = TEXT.indexOf('with the words');
    const locator = locatorOf(TEXT, start, start + 14);
    expect(quoteAtLocator(TEXT, 'with the words', locator)).toBe(true);
    expect(quoteAtLocator(TEXT, 'with the word', locator)).toBe(false);
    expect(quoteAtLocator(TEXT, 'anything', 'page 4')).toBeUndefined();
  });
});
