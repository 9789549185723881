import { PartyName } from '@/components/PartyName';
import type { Party } from '@/lib/model';
import type { PartyStyle } from '@/lib/style/palette';

/** Who is at the table, each with the colour used for them everywhere. */
export function PartiesSection({
  parties,
  colours,
}: {
  parties: readonly Party[];
  colours: ReadonlyMap<string, PartyStyle>;
}) {
  return (
    <section aria-labelledby="parties">
      <h2 id="parties">Parties</h2>
      <ul className="party-list">
        {parties.map((party) => (
          <li key={party.id}>
            <PartyName name={party.name} style={colours.get(party.id)} />
            {party.members?.length ? (
              <span className="muted small"> ({party.members.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
