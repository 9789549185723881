import { timelineView } from '@/lib/pages/timeline';
import { citationsByQuote } from '@/lib/sourceText/citations';
import { delegationAnchor } from '@/lib/url/anchors';
import { dataset } from '../analysis/fixtures';

const ev = [{ source: 'src', quote: 'Seen.', attribution: 'reported' as const }];
const event = (date: string, title: string) => ({ date, title, parties: ['a'], evidence: ev });

describe('timelineView', () => {
  const d = dataset({
    parties: ['a', 'b'],
    rounds: [
      ['late', '2025-05-19'],
      ['early', '2025-05-10'],
    ],
  });
  d.events = [event('2025-05-19', 'second'), event('2025-05-10', 'first')];
  d.delegations = [
    { party: 'b', round: 'early', members: [{ name: 'B1', role: 'head' }] },
    { party: 'a', members: [{ name: 'A0', role: 'head' }] },
    { party: 'a', round: 'late', members: [{ name: 'A2', role: 'head' }] },
    { party: 'a', round: 'early', members: [{ name: 'A1', role: 'head' }] },
  ];

  it('orders events by date and keeps their anchors', () => {
    const view = timelineView(d);
    expect(view.events.map((e) => [e.event.title, e.anchor])).toEqual([
      ['first', 'event-2025-05-10-1'],
      ['second', 'event-2025-05-19-1'],
    ]);
  });

  it('orders delegations by round in time order (none last), then party order', () => {
    const view = timelineView(d);
    expect(view.delegations.map((x) => x.anchor)).toEqual([
      'delegation-a-early',
      'delegation-b-early',
      'delegation-a-late',
      'delegation-a',
    ]);
    expect(view.delegations[0]!.round?.id).toBe('early');
    expect(view.delegations[3]!.round).toBeUndefined();
  });

  it('has no delegations when the dataset records none', () => {
    expect(timelineView(dataset()).delegations).toEqual([]);
  });

  it('is what the sources page links to', () => {
    const links = [...citationsByQuote(d).values()].flat().map((c) => c.href);
    expect(links).toContain('/fixture/timeline#event-2025-05-10-1');
    expect(delegationAnchor(d.delegations?.[1] ?? { party: 'x', members: [] })).toBe(
      'delegation-a',
    );
  });
});
