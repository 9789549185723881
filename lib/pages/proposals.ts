import { supersessionPairs } from '@/lib/analysis';
import type { Dataset, Party } from '@/lib/model';

/** A proposal as the proposals page lists it. */
export interface ProposalItem {
  party: Party;
  /** Clauses recorded for it (0: none yet). */
  clauses: number;
  /** The proposal it replaces, and those that replace it. */
  supersedes?: Party;
  supersededBy: Party[];
}

/** Every proposal of the dataset, in dataset order, with its clauses and supersession. */
export function proposalItems(dataset: Pick<Dataset, 'parties'>): ProposalItem[] {
  const byId = new Map(dataset.parties.map((p) => [p.id, p] as const));
  return dataset.parties
    .filter((p) => p.kind === 'proposal')
    .map((party) => {
      const supersedes = party.supersedes === undefined ? undefined : byId.get(party.supersedes);
      return {
        party,
        clauses: party.clauses?.length ?? 0,
        ...(supersedes ? { supersedes } : {}),
        supersededBy: dataset.parties.filter((p) => p.supersedes === party.id),
      };
    });
}

/** The proposals that can be compared clause by clause: those with clauses. */
export function proposalsWithClauses(dataset: Pick<Dataset, 'parties'>): Party[] {
  return dataset.parties.filter((p) => p.kind === 'proposal' && (p.clauses?.length ?? 0) > 0);
}

/**
 * The redline `/proposals` opens: the first proposal with clauses (dataset order) and the
 * proposal with clauses that supersedes it; undefined when there is none.
 */
export function defaultRedlinePair(dataset: Pick<Dataset, 'parties'>): [Party, Party] | undefined {
  return supersessionPairs(dataset)[0];
}
