import type { Dataset } from '@/lib/model';
import { citationsByQuote } from '@/lib/sourceText/citations';
import { quotedPassageCounts, sourceView } from '@/lib/sourceText/sourceView';
import { quoteAnchor } from '@/lib/url/anchors';
import { coded, dataset } from '../analysis/fixtures';

const ev = (quote: string) => [{ source: 'src', quote, attribution: 'reported' as const }];

function fixture(): Dataset {
  const d = dataset({
    parties: ['a', 'b'],
    positions: [
      { ...coded('a', 'x', 'r1', 10), evidence: ev('second passage') },
      { ...coded('b', 'x', 'r1', 90), evidence: ev('first “passage”') },
    ],
  });
  d.events = [
    { date: '2025-01-01', title: 'Met', parties: ['a', 'b'], evidence: ev('second  passage') },
  ];
  d.outcomes = [
    { issue: 'x', round: 'r1', parties: ['a', 'b'], summary: 'Deal.', evidence: ev('gone') },
  ];
  return d;
}

describe('sourceView', () => {
  it('numbers passages by first appearance, not-found last, and gathers every citation', () => {
    const d = fixture();
    const view = sourceView(
      d,
      d.sources[0]!,
      'A first "passage", then a second passage.',
      citationsByQuote(d),
    );
    expect(view.passages.map((p) => [p.number, p.quote, p.found])).toEqual([
      [1, 'first “passage”', true],
      [2, 'second passage', true],
      [3, 'gone', false],
    ]);
    expect(view.passages[1]!.citations.map((c) => c.kind)).toEqual(['position', 'event']);
    expect(view.passages[1]!.citations[0]!.href).toBe('/fixture/matrix/x/a');
    expect(view.passages[2]!.citations[0]!.href).toBe('/fixture/issues/x#outcome-x-r1');
    expect(view.passages[0]!.key).toBe(quoteAnchor('src', 'first "passage"'));
  });

  it('has no blocks when the text is missing, but still lists the passages', () => {
    const d = fixture();
    const view = sourceView(d, d.sources[0]!, undefined, new Map());
    expect(view.blocks).toBeUndefined();
    expect(view.passages.every((p) => !p.found)).toBe(true);
  });
});

describe('quotedPassageCounts', () => {
  it('counts each passage once per source, however often and in whatever spacing it is quoted', () => {
    // 'second passage' and 'second  passage' are one passage; 'first “passage”' and 'gone' two more
    expect(quotedPassageCounts(fixture())).toEqual(new Map([['src', 3]]));
  });
});
