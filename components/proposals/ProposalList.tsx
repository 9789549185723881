import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import type { ProposalItem } from '@/lib/pages/proposals';
import type { PartyStyle } from '@/lib/style/palette';
import { count } from '@/lib/wording/numbers';

/** Every proposal with its clauses and supersession; a link to the redline of each proposal and the one replacing it. */
export function ProposalList({
  items,
  colours,
  redlineHref,
}: {
  items: readonly ProposalItem[];
  colours: ReadonlyMap<string, PartyStyle>;
  /** The redline of a proposal (old) and one replacing it (new), for pairs with clauses. */
  redlineHref: (a: string, b: string) => string;
}) {
  return (
    <ul>
      {items.map(({ party, clauses, supersedes, supersededBy }) => (
        <li key={party.id}>
          <PartyName name={party.name} style={colours.get(party.id)} />:{' '}
          {clauses ? count(clauses, 'clause') : 'no clauses recorded'}
          {supersedes ? (
            <>
              ; replaces <DataText>{supersedes.name}</DataText>
            </>
          ) : null}
          {supersededBy
            .filter((next) => clauses && next.clauses?.length)
            .map((next) => (
              <span key={next.id}>
                {' '}
                ·{' '}
                <Link href={redlineHref(party.id, next.id)}>
                  Redline: <DataText>{next.name}</DataText> against this
                </Link>
              </span>
            ))}
        </li>
      ))}
    </ul>
  );
}
