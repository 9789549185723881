import { quoteMatcher } from '@/lib/model';

describe('quoteMatcher', () => {
  const words = Array.from(
    { length: 40_000 },
    (_, i) => `Statement ${i} says the value is ${i % 101}.`,
  );
  const text = words.join(' ');

  it('indexes a long text and answers exactly like includes', () => {
    const inText = quoteMatcher(text);
    const needles = [
      words[0]!,
      words[39_999]!,
      `${words[123]} ${words[124]}`,
      'tement 5 says the value is 5. Statement 6 says the value is 6.', // starts mid-word
      'is 7.', // shorter than the index key
      'Statement 40000 says the value is 4.', // not there
      `${words[10]!.slice(0, -1)}!`, // same prefix, different end
    ];
    for (const needle of needles)
      expect([needle, inText(needle)]).toEqual([needle, text.includes(needle)]);
  });

  it('falls back to includes for a short text', () => {
    const inText = quoteMatcher('North wants a truce at once');
    expect(inText('a truce')).toBe(true);
    expect(inText('a war')).toBe(false);
  });
});
