import { continuedHeading, lines, listSeparator, paginate, stripMarkers } from '@/lib/brief';
import type { KnownPosition } from '@/lib/analysis';
import { shorten } from '@/lib/brief/quote';

describe('paginate', () => {
  const one = () => 1;
  it('gives one empty page for no items', () => {
    expect(paginate([], one, { maxItems: 3, budget: 10 })).toEqual([[]]);
  });
  it('starts a new page at the item limit', () => {
    expect(paginate([1, 2, 3, 4], one, { maxItems: 3, budget: 10 })).toEqual([[1, 2, 3], [4]]);
  });
  it('starts a new page when the budget would be passed; a too-heavy item gets its own page', () => {
    expect(paginate([2, 9, 2, 2], (n) => n, { maxItems: 9, budget: 5 })).toEqual([
      [2],
      [9],
      [2, 2],
    ]);
  });
});

describe('lines', () => {
  it('counts at least one line, rounding up', () => {
    expect(lines(undefined, 10)).toBe(1);
    expect(lines('x'.repeat(21), 10)).toBe(3);
  });

  it('does not count the invisible isolates around names', () => {
    expect(lines(`\u2068${'x'.repeat(10)}\u2069`, 10)).toBe(1);
  });
});

describe('continuedHeading', () => {
  it('marks every slide after the first', () => {
    expect(continuedHeading('Timeline', 0)).toBe('Timeline');
    expect(continuedHeading('Timeline', 2)).toBe('Timeline (continued)');
  });
});

describe('shorten', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(shorten('short', 10)).toEqual({ text: 'short', shortened: false });
    expect(shorten('one two three four', 12)).toEqual({ text: 'one two…', shortened: true });
  });
});

describe('stripMarkers', () => {
  const known = (party: string, value: number) =>
    ({ party, value, ranged: false, position: { status: 'stated' } }) as KnownPosition;
  const party = (id: string) => ({
    id,
    name: id,
    shortName: id,
    colour: '#000000',
    shape: 'circle' as const,
  });
  it('puts close markers on different lanes and far ones on the same', () => {
    const { markers, lanes } = stripMarkers(
      [known('a', 50), known('b', 55), known('c', 90)],
      party,
    );
    expect(markers.map((m) => [m.party.id, m.lane, m.left])).toEqual([
      ['a', 0, '50%'],
      ['b', 1, '55%'],
      ['c', 0, '90%'],
    ]);
    expect(lanes).toBe(2);
  });
  it('keeps names near the ends on the slide', () => {
    const { markers } = stripMarkers([known('a', 0), known('b', 100)], party);
    expect(markers.map((m) => m.align)).toEqual(['start', 'end']);
  });
});

describe('listSeparator', () => {
  it('joins a spoken list with commas and a final "and"', () => {
    const words = ['a', 'b', 'c'].map((w, i) => `${listSeparator(i, 3)}${w}`).join('');
    expect(words).toBe('a, b and c');
    expect([0, 1].map((i) => listSeparator(i, 2))).toEqual(['', ' and ']);
  });
});
