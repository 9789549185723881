import type { Issue, Party, Round } from '@/lib/model';
import { type Catalogue, SCALE_TO_BE_WRITTEN, shortNameOf } from './entities';
import type { Origin } from './problems';
import { uniqueSlug } from './slug';

/**
 * Makers of the parties, issues and rounds positions.csv names when no file lists them (each
 * only where `allowed`), and the names each made, for the import's warnings.
 */
export function creators(
  allowed: { parties: boolean; issues: boolean; rounds: boolean },
  catalogues: { parties: Catalogue<Party>; issues: Catalogue<Issue>; rounds: Catalogue<Round> },
  asOf: string,
) {
  const { parties, issues, rounds } = catalogues;
  const created = { party: [] as string[], issue: [] as string[], round: [] as string[] };
  const create = {
    party: allowed.parties
      ? (name: string, origin: Origin) => {
          created.party.push(name);
          const party: Party = {
            id: uniqueSlug(name, 'party', parties.items.length + 1, parties.taken),
            name,
            shortName: shortNameOf(name),
            kind: 'other',
          };
          return parties.add(party, origin, [name]);
        }
      : undefined,
    issue: allowed.issues
      ? (name: string, origin: Origin) => {
          created.issue.push(name);
          const issue: Issue = {
            id: uniqueSlug(name, 'issue', issues.items.length + 1, issues.taken),
            title: name,
            question: name,
            scale: { zero: SCALE_TO_BE_WRITTEN, hundred: SCALE_TO_BE_WRITTEN },
          };
          return issues.add(issue, origin, [name]);
        }
      : undefined,
    round: allowed.rounds
      ? (name: string, origin: Origin) => {
          created.round.push(name);
          const round: Round = {
            id: uniqueSlug(name, 'round', rounds.items.length + 1, rounds.taken),
            label: name,
            date: asOf,
          };
          return rounds.add(round, origin, [name]);
        }
      : undefined,
  };
  return { created, create };
}
