import { type Dataset, datasetSchema } from '@/lib/model';

/** Options for a synthetic negotiation: sizes, and whether a second round moves everyone. */
export interface FixtureOptions {
  parties?: number;
  issues?: number;
  rounds?: 1 | 2;
  delegations?: boolean;
  /** Parties (by index) that say nothing on every issue. */
  silent?: number[];
}

/** A valid dataset built inline: party p stands at (p × 20) mod 100 on every issue; round 2 moves each by +10. */
export function fixtureDataset(options: FixtureOptions = {}): Dataset {
  const { parties = 3, issues = 2, rounds = 1, delegations = false, silent = [] } = options;
  const partyIds = Array.from({ length: parties }, (_, i) => `p${i + 1}`);
  const issueIds = Array.from({ length: issues }, (_, i) => `i${i + 1}`);
  const roundList = [
    { id: 'r1', label: 'Round one', date: '2025-05-10' },
    { id: 'r2', label: 'Round two', date: '2025-05-16' },
  ].slice(0, rounds);
  const evidence = [{ source: 'note', quote: 'They said so.', attribution: 'reported' }];
  const positions = roundList.flatMap((round, r) =>
    issueIds.flatMap((issue) =>
      partyIds.map((party, p) =>
        silent.includes(p)
          ? { party, issue, round: round.id, status: 'none', codingNote: 'Silent.' }
          : {
              party,
              issue,
              round: round.id,
              status: 'stated',
              label: `${party} on ${issue}`,
              summary: 'A position.',
              value: ((p * 20) % 100) + r * 10,
              confidence: 'high',
              codingNote: `Note for ${party} on ${issue} in ${round.id}.`,
              evidence,
            },
      ),
    ),
  );
  return datasetSchema.parse({
    id: 'talks',
    title: 'Talks',
    summary: 'A synthetic negotiation.',
    asOf: '2025-05-19',
    sources: [{ id: 'note', title: 'A note', kind: 'analysis', file: 'note.txt' }],
    parties: partyIds.map((id) => ({
      id,
      name: `Party ${id}`,
      shortName: id,
      kind: 'party-to-conflict',
    })),
    issues: issueIds.map((id) => ({
      id,
      title: `Issue ${id}`,
      question: `What about ${id}?`,
      scale: { zero: 'not at all', hundred: 'fully' },
    })),
    rounds: roundList,
    positions,
    events: [{ date: '2025-05-10', title: 'Talks open', parties: ['p1'], evidence }],
    ...(delegations
      ? { delegations: [{ party: 'p1', members: [{ name: 'A. Envoy', role: 'head' }] }] }
      : {}),
  });
}
