import type { Dataset, Party, Round } from './dataset';

/**
 * Which party is at the table in which round: a flat array, slot = party index × rounds + round
 * index (rounds in time order), 1 when at the table.
 * RULE: a party with a `rounds` list is at the table in those rounds only. Without one, a proposal
 * is at the table from the first round that codes anything for it (a document enters when it is
 * published) and any other party in every round. A proposal leaves the table from the first round
 * where a proposal that supersedes it is at the table, and never comes back.
 */
export function presenceTable(
  dataset: Pick<Dataset, 'parties' | 'positions'>,
  rounds: readonly Round[],
): Uint8Array {
  const roundIndex = new Map(rounds.map((round, index) => [round.id, index] as const));
  const n = rounds.length;
  const present = new Uint8Array(dataset.parties.length * n);
  const firstCoded = new Map<string, number>();
  for (const position of dataset.positions) {
    const at = roundIndex.get(position.round);
    if (at === undefined) continue;
    const seen = firstCoded.get(position.party);
    if (seen === undefined || at < seen) firstCoded.set(position.party, at);
  }
  dataset.parties.forEach((party, p) => {
    for (const round of listedRounds(party, roundIndex, firstCoded.get(party.id), n))
      present[p * n + round] = 1;
  });
  // Supersession: the earliest round where any successor is at the table ends the proposal.
  // Successors are applied in dependency order, so a chain draft → counter → revision resolves.
  const ends = new Map<number, number>();
  const endOf = (p: number, depth: number): number => {
    const known = ends.get(p);
    if (known !== undefined) return known;
    let end = n;
    const id = dataset.parties[p]!.id;
    if (depth <= dataset.parties.length)
      dataset.parties.forEach((other, q) => {
        if (other.supersedes !== id) return;
        const qEnd = endOf(q, depth + 1);
        for (let r = 0; r < Math.min(qEnd, n); r++)
          if (present[q * n + r] === 1) {
            if (r < end) end = r;
            break;
          }
      });
    ends.set(p, end);
    return end;
  };
  dataset.parties.forEach((_, p) => {
    const end = endOf(p, 0);
    for (let r = end; r < n; r++) present[p * n + r] = 0;
  });
  return present;
}

function listedRounds(
  party: Party,
  roundIndex: ReadonlyMap<string, number>,
  firstCoded: number | undefined,
  n: number,
): number[] {
  if (party.rounds)
    return party.rounds.map((id) => roundIndex.get(id)).filter((at) => at !== undefined);
  const start = party.kind === 'proposal' ? (firstCoded ?? n) : 0;
  return Array.from({ length: Math.max(0, n - start) }, (_, k) => start + k);
}
