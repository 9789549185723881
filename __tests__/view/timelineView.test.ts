import { citationsByQuote, outcomeAnchors } from '@/lib/view/citations';
import { delegationAnchor, eventAnchors, timelineView } from '@/lib/view/timelineView';
import { dataset, outcome } from '../analysis/fixtures';

const ev = [{ source: 'src', quote: 'Seen.', attribution: 'reported' as const }];
const event = (date: string, title: string) => ({ date, title, parties: ['a'], evidence: ev });

describe('eventAnchors', () => {
  it('numbers events within a date, in dataset order', () => {
    expect(
      eventAnchors([event('2025-05-16', 'x'), event('2025-05-10', 'y'), event('2025-05-16', 'z')]),
    ).toEqual(['event-2025-05-16-1', 'event-2025-05-10-1', 'event-2025-05-16-2']);
  });
});

describe('outcomeAnchors', () => {
  it('adds a number only for a second outcome on the same issue and round', () => {
    const o = outcome('x', 'r1', ['a', 'b']);
    expect(outcomeAnchors([o, outcome('y', 'r1', ['a', 'b']), o])).toEqual([
      'outcome-x-r1',
      'outcome-y-r1',
      'outcome-x-r1-2',
    ]);
  });
});

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
