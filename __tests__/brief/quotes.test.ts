import { analyse } from '@/lib/analysis';
import { buildDeck, type Slide, type SlideOf } from '@/lib/brief';
import { type CodedEvidence, type Dataset, hasValue } from '@/lib/model';
import { parseViewState } from '@/lib/url/query';
import { fixtureDataset } from './fixture';

const FSI = '\u2068';
const PDI = '\u2069';

function deckOf(dataset: Dataset) {
  const { state } = parseViewState({}, dataset);
  const analysis = analyse(dataset, { limit: 50 });
  return buildDeck(dataset, analysis, state, { version: 'abc12345' });
}

const ofKind = <K extends Slide['kind']>(slides: Slide[], kind: K) =>
  slides.filter((s): s is SlideOf<K> => s.kind === kind);

/** A quote of about `length` characters, numbered so each is told apart. */
const quote = (n: number, length = 60, extra: Partial<CodedEvidence> = {}): CodedEvidence => ({
  source: 'note',
  quote: `Quote ${n}: ${'word '.repeat(Math.ceil(length / 5))}`.slice(0, length),
  attribution: 'reported',
  ...extra,
});

/** The fixture with p1's quotes on i1 replaced (its value is 0). */
function withQuotes(options: { parties: number }, evidence: CodedEvidence[]): Dataset {
  const d = fixtureDataset({ ...options, issues: 1 });
  const p1 = d.positions.find((p) => p.party === 'p1' && p.issue === 'i1');
  if (!hasValue(p1)) throw new Error('p1 is coded in the fixture');
  p1.evidence = evidence;
  return d;
}

const issueRow = (d: Dataset, party = 'p1') =>
  ofKind(deckOf(d).slides, 'issue')
    .flatMap((s) => s.rows)
    .find((r) => r.party.id === party)!;

describe('issue slides: every quote of a cell that fits, then "+N more quotes"', () => {
  it('shows all quotes when they fit', () => {
    const row = issueRow(withQuotes({ parties: 2 }, [quote(1), quote(2)]));
    expect(row.quotes.map((q) => q.text.slice(0, 7))).toEqual(['Quote 1', 'Quote 2']);
    expect(row.more).toBeUndefined();
  });

  it('shows the first quotes and counts the rest, linking to the evidence page', () => {
    const long = Array.from({ length: 6 }, (_, i) => quote(i + 1, 230));
    const row = issueRow(withQuotes({ parties: 5 }, long));
    expect(row.quotes.length).toBeGreaterThanOrEqual(1);
    expect(row.quotes.length).toBeLessThan(6);
    expect(row.more).toEqual({
      text: `+${6 - row.quotes.length} more quotes`,
      href: '/talks/matrix/i1/p1',
    });
  });

  it('leaves more room for quotes when fewer parties share the slide', () => {
    const long = Array.from({ length: 6 }, (_, i) => quote(i + 1, 230));
    const crowded = issueRow(withQuotes({ parties: 5 }, long));
    const roomy = issueRow(withQuotes({ parties: 2 }, long));
    expect(roomy.quotes.length).toBeGreaterThan(crowded.quotes.length);
  });

  it('always shows the first quote, however long', () => {
    const row = issueRow(withQuotes({ parties: 6 }, [quote(1, 2000), quote(2, 2000)]));
    expect(row.quotes).toHaveLength(1);
    expect(row.quotes[0]?.shortened).toBe(true);
    expect(row.more?.text).toBe('+1 more quote');
  });
});

describe('issue slides: speaker, date and readings of a quote', () => {
  it("names the speaker, and the date where it is not the round's", () => {
    const row = issueRow(
      withQuotes({ parties: 2 }, [
        quote(1, 40, { speaker: 'A. Minister', date: '2025-02-12' }),
        quote(2, 40, { date: '2025-05-10' }),
      ]),
    );
    expect(row.quotes.map((q) => q.said)).toEqual([
      `said by ${FSI}A. Minister${PDI}, on 12 February 2025`,
      undefined,
    ]);
  });

  it('gives each quote its reading and the row "sources disagree" when contested', () => {
    const row = issueRow(withQuotes({ parties: 2 }, [quote(1), quote(2, 60, { reading: 40 })]));
    expect(row.quotes.map((q) => q.reading)).toEqual([
      'reads as the coded value (0)',
      'reads 40 of 100',
    ]);
    expect(row.detail).toMatch(/, sources disagree: readings 0–40 of 100$/);
  });

  it('marks a contested side on the gaps slide, and states the rule on the method slide', () => {
    const d = withQuotes({ parties: 3 }, [quote(1), quote(2, 60, { reading: 40 })]);
    const { slides } = deckOf(d);
    const gaps = ofKind(slides, 'gaps').flatMap((s) => s.rows);
    const withP1 = gaps.filter((r) => r.a.id === 'p1' || r.b.id === 'p1');
    expect(withP1.length).toBeGreaterThan(0);
    for (const row of withP1)
      expect(row.contested).toBe(
        `sources disagree on ${FSI}Party p1${PDI}'s value (readings 0–40 of 100)`,
      );
    expect(gaps.filter((r) => r.a.id !== 'p1' && r.b.id !== 'p1').every((r) => !r.contested)).toBe(
      true,
    );
    const standings = ofKind(slides, 'standings').flatMap((s) => s.rows.flatMap((r) => r.cells));
    expect(standings.find((c) => c.party === 'p1')?.status).toBe('stated, sources disagree');
    expect(standings.find((c) => c.party === 'p2')?.status).toBe('stated');
    expect(ofKind(slides, 'method')[0]?.points.join(' ')).toMatch(/sources disagree/);
    expect(ofKind(deckOf(fixtureDataset()).slides, 'method')[0]?.points.join(' ')).not.toMatch(
      /sources disagree/,
    );
  });
});
