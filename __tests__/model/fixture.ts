/** A small valid dataset as plain JSON, for validation tests to mutate. */
export function validDatasetJson() {
  return {
    id: 'talks',
    title: 'Talks',
    summary: 'A tiny negotiation.',
    asOf: '2025-05-16',
    sources: [{ id: 'note', title: 'A note', kind: 'analysis', file: 'note.txt' }],
    parties: [
      { id: 'north', name: 'North', shortName: 'N', kind: 'party-to-conflict' },
      { id: 'south', name: 'South', shortName: 'S', kind: 'party-to-conflict' },
    ],
    issues: [
      {
        id: 'truce',
        title: 'Truce',
        question: 'When does fighting stop?',
        scale: { zero: 'never', hundred: 'at once' },
      },
    ],
    rounds: [{ id: 'r1', label: 'Round 1', date: '2025-05-16' }],
    positions: [
      {
        party: 'north',
        issue: 'truce',
        round: 'r1',
        status: 'stated',
        label: 'Truce now',
        summary: 'Wants a truce at once.',
        value: 90,
        acceptable: { min: 80, max: 100 },
        confidence: 'high',
        codingNote: 'Says so.',
        evidence: [
          { source: 'note', quote: 'North wants a “truce” at once', attribution: 'reported' },
        ],
      },
      { party: 'south', issue: 'truce', round: 'r1', status: 'none', codingNote: 'Silent.' },
    ],
    events: [],
  };
}

/** The source text the fixture quotes, broken across lines as real sources are. */
export const FIXTURE_SOURCE = 'North wants a "truce"\nat once — it said.';
