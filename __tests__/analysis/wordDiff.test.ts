import { MAX_DIFF_CELLS, tokenise, wordDiff, wordsOf, type DiffPart } from '@/lib/analysis';

/** The diff as one string: [-removed-] and {+added+}, as a reader sees a redline. */
const marked = (parts: DiffPart[]) =>
  parts
    .map((p) =>
      p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join('');
/** The new text back from a diff: its same and added runs. */
const newText = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');
const oldText = (parts: DiffPart[]) =>
  parts
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');

describe('tokenise', () => {
  it('keeps numbers with separators, words with apostrophes and hyphens, and each mark apart', () => {
    expect(
      tokenise('Osvald’s counter-proposal: 1,000 m³ (3.5%), “now”.').map((t) => t.text),
    ).toEqual([
      'Osvald’s',
      'counter-proposal',
      ':',
      '1,000',
      'm³',
      '(',
      '3.5',
      '%',
      ')',
      ',',
      '“',
      'now',
      '”',
      '.',
    ]);
  });

  it('compares typographic quotes and dashes as plain ones, but keeps case', () => {
    const [curly] = tokenise('“');
    const [straight] = tokenise('"');
    expect(curly?.key).toBe(straight?.key);
    expect(tokenise('Shall')[0]?.key).not.toBe(tokenise('shall')[0]?.key);
  });

  it('reads right-to-left text in logical order, a word with its marks as one token', () => {
    expect(tokenise('اتحادُ الموانئ، ٣٠ بالمئة').map((t) => t.text)).toEqual([
      'اتحادُ',
      'الموانئ',
      '،',
      '٣٠',
      'بالمئة',
    ]);
  });
});

describe('wordsOf', () => {
  it('lowercases and leaves out marks', () => {
    expect(wordsOf('Point 1. The “Joint” body.')).toEqual(['point', '1', 'the', 'joint', 'body']);
  });
});

describe('wordDiff', () => {
  it('is one same run for identical texts, and ignores a change of spacing', () => {
    expect(wordDiff('Half of the dams wait.', 'Half  of the\ndams wait.')).toEqual([
      { kind: 'same', text: 'Half of the dams wait.' },
    ]);
  });

  it('changes a number as a whole token, leaving the words around it', () => {
    const parts = wordDiff(
      'Release 30 per cent of 1,000 cubic metres.',
      'Release 40 per cent of 1,500 cubic metres.',
    );
    expect(marked(parts)).toBe(
      'Release[- 30-]{+ 40+} per cent of[- 1,000-]{+ 1,500+} cubic metres.',
    );
  });

  it('sees a straight quote replacing a typographic one as no change, and new quotation marks as added', () => {
    expect(wordDiff('It is “final”.', 'It is "final".')).toEqual([
      { kind: 'same', text: 'It is "final".' },
    ]);
    expect(marked(wordDiff('It is final.', 'It is “final”.'))).toBe('It is{+ “+}final{+”+}.');
  });

  it('marks an apostrophe inside a word as a change of that word', () => {
    expect(marked(wordDiff("the states' gauges", "the state's gauges"))).toBe(
      "the[- states'-]{+ state's+} gauges",
    );
  });

  it('diffs right-to-left text word by word, in reading order', () => {
    const parts = wordDiff('تطلق الدولة ثلث المياه', 'تطلق الدولة نصف المياه');
    expect(parts).toEqual([
      { kind: 'same', text: 'تطلق الدولة' },
      { kind: 'removed', text: ' ثلث' },
      { kind: 'added', text: ' نصف' },
      { kind: 'same', text: ' المياه' },
    ]);
  });

  it('folds one unchanged word between two changes into one replacement', () => {
    expect(
      marked(wordDiff('Osvald shall release the water.', 'Marenth shall keep the water.')),
    ).toBe('[-Osvald shall release-]{+Marenth shall keep+} the water.');
  });

  it('puts the removal before the addition and rebuilds both texts', () => {
    const before = 'Dams already planned may go ahead; only new projects need a joint review.';
    const after = 'Planned dams may go ahead after a joint review; new projects wait a year.';
    const parts = wordDiff(before, after);
    expect(newText(parts)).toBe(after);
    expect(oldText(parts).replace(/\s+/g, ' ')).toBe(before);
    for (let k = 1; k < parts.length; k++)
      expect([parts[k - 1]!.kind, parts[k]!.kind]).not.toEqual(['added', 'removed']);
  });

  it('handles empty texts on either side', () => {
    expect(wordDiff('', 'New text.')).toEqual([{ kind: 'added', text: 'New text.' }]);
    expect(wordDiff('Old text.', '')).toEqual([{ kind: 'removed', text: 'Old text.' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('shows texts too long to compare word by word as one replacement', () => {
    const side = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 10;
    const before = Array.from({ length: side }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: side }, (_, i) => `b${i}`).join(' ');
    const parts = wordDiff(before, after);
    expect(parts.map((p) => p.kind)).toEqual(['removed', 'added']);
  });
});
