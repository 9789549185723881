import { eventAnchors, outcomeAnchors } from '@/lib/url/anchors';
import { outcome } from '../analysis/fixtures';

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
