import { nearestPassage, passageFinder } from '@/lib/model';

describe('nearestPassage', () => {
  const source =
    'Intro line.\nRussia insisted that the talks continue “without preconditions”, and Ukraine’s delegation left early.\nEnd.';

  it('finds the passage behind a typo, as written in the source', () => {
    expect(
      nearestPassage('Russia insisted that the talks continue without precondition', source),
    ).toBe('Russia insisted that the talks continue “without preconditions');
  });

  it('finds a passage whose apostrophe differs', () => {
    expect(nearestPassage('Ukraineʼs delegation left early', source)).toBe(
      'Ukraine’s delegation left early',
    );
  });

  it('gives undefined when no passage shares a third of the words, or the quote has none', () => {
    expect(nearestPassage('Completely unrelated words about fishing quotas', source)).toBe(
      undefined,
    );
    expect(nearestPassage('…', source)).toBe(undefined);
  });

  it('cuts a long passage to 200 characters, starting a few words before the first difference', () => {
    const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const found = nearestPassage(long.replace('word5 ', 'wrd5 '), `Start. ${long}. End.`);
    expect(found?.length).toBe(200);
    expect(found?.startsWith('word0 word1')).toBe(true);
    expect(found?.endsWith('…')).toBe(true);
    const late = nearestPassage(long.replace('word150 ', 'wrd150 '), `Start. ${long}. End.`);
    expect(late?.startsWith('…word145 word146')).toBe(true);
  });
});

describe('passageFinder', () => {
  // About 25 MB of text (the file limit) made of a 3,000-word vocabulary, with one real sentence.
  const vocabulary = Array.from({ length: 3000 }, (_, i) => `v${i.toString(36)}x`);
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647);
  const sentence = () =>
    Array.from({ length: 12 }, () => vocabulary[next() % vocabulary.length]).join(' ');
  const parts: string[] = [];
  for (let length = 0; length < 25_000_000;) {
    const s = `${sentence()}.\n`;
    parts.push(s);
    length += s.length;
  }
  const planted =
    'The delegation was led by presidential advisor Vladimir Medinsky, who spoke of history.';
  parts.splice(Math.floor(parts.length * 0.7), 0, `${planted}\n`);
  const text = parts.join('');
  const find = passageFinder(text);

  it('finds a misspelt quote in a 25 MB source', () => {
    expect(find('The delegation was led by presidential adviser Vladimir Medinsky')).toBe(
      'The delegation was led by presidential advisor Vladimir Medinsky',
    );
  });

  it('places a quote made only of common words through its word pairs', () => {
    const line = parts[1234]!.trim().replace(/\.$/, '');
    const words = line.split(' ');
    words[3] = 'typo';
    expect(find(words.join(' '))).toBe(line);
  });

  it('answers undefined for a quote with nothing in the source', () => {
    expect(find('Nothing of this appears anywhere')).toBe(undefined);
  });
});
