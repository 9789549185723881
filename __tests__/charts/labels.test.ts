import { fitLabel, labelChars, rankingLabel, shortTitle } from '@/lib/charts/labels';

const FSI = '\u2068';
const PDI = '\u2069';

describe('shortTitle', () => {
  it('keeps a title that fits and cuts a long one with an ellipsis', () => {
    expect(shortTitle('Ceasefire', 9)).toBe('Ceasefire');
    expect(shortTitle('Ceasefire terms', 10)).toBe('Ceasefire…');
    expect(shortTitle('x'.repeat(40))).toHaveLength(30);
  });
});

describe('labelChars', () => {
  it('gives the characters that fit at the measured sizes, as the charts measured them', () => {
    for (let width = 0; width <= 1200; width += 0.5) {
      expect(labelChars(width, 12, 'bold')).toBe(Math.floor(width / 7.2));
      expect(labelChars(width, 11)).toBe(Math.floor(width / 6.2));
      expect(labelChars(width, 12, 'mixed')).toBe(Math.floor(width / 7));
    }
  });

  it('scales with the font size', () => {
    expect(labelChars(720, 24, 'mixed')).toBe(Math.floor(720 / 14));
  });
});

describe('fitLabel', () => {
  const title = 'Security guarantees for a neutral state';

  it('keeps a label that fits and cuts one that does not', () => {
    expect(fitLabel(title, 1000, 12, { weight: 'bold' })).toBe(title);
    expect(fitLabel(title, 72, 12, { weight: 'bold' })).toBe('Security…');
  });

  it('keeps room for text after the label', () => {
    expect(fitLabel(title, 144, 12, { weight: 'bold', reserve: 10 })).toBe('Security…');
  });

  it('never shows fewer than min characters', () => {
    expect(fitLabel(title, 10, 11, { min: 12 })).toBe('Security gu…');
  });
});

describe('rankingLabel', () => {
  const row = {
    title: 'Ceasefire',
    aName: 'Ukraine',
    bName: 'Russia',
    distance: 64.6,
    rangeGap: 64.6,
    ranged: false,
  };

  it('keeps short names whole, each isolated, with how far apart after them', () => {
    expect(rankingLabel(row, 700)).toEqual({
      title: `${FSI}Ceasefire${PDI}`,
      pair: `${FSI}Ukraine${PDI} vs ${FSI}Russia${PDI}`,
      gap: ', 65 apart',
    });
  });

  it('gives the range gap in brackets where a side gave a range', () => {
    expect(rankingLabel({ ...row, rangeGap: 59.6, ranged: true }, 700).gap).toBe(
      ', 65 apart (ranges 60)',
    );
    expect(rankingLabel({ ...row, rangeGap: 0, ranged: true }, 700).gap).toBe(
      ', 65 apart (ranges overlap)',
    );
  });

  it('cuts long names to their share of the room on a narrow plot', () => {
    const long = { ...row, aName: 'United Kingdom of Great Britain', bName: 'Russian Federation' };
    const label = rankingLabel(long, 280);
    expect(label.pair).toBe(`${FSI}United…${PDI} vs ${FSI}Russian…${PDI}`);
  });

  it('assumes a wide plot before the plot is measured', () => {
    const long = { ...row, title: 'T'.repeat(200) };
    expect(rankingLabel(long, undefined).title).toHaveLength(96 + 2);
  });
});
