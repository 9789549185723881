import { DataText } from '@/components/DataText';
import { EvidenceQuote } from '@/components/evidence/EvidenceQuote';
import { PartyName } from '@/components/PartyName';
import type { Delegation, Round, Source } from '@/lib/model';
import type { PartyStyle } from '@/lib/style/palette';
import { formatDate } from '@/lib/wording/dates';
import styles from './DelegationList.module.css';

/** Who sat at the table for each party, with their roles, the round, and the evidence. */
export function DelegationList({
  datasetId,
  delegations,
  names,
  colours,
  sources,
}: {
  datasetId: string;
  delegations: readonly { delegation: Delegation; anchor: string; round?: Round }[];
  names: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, PartyStyle>;
  sources: ReadonlyMap<string, Source>;
}) {
  return (
    <div className={styles.grid}>
      {delegations.map(({ delegation, anchor, round }) => {
        const name = names.get(delegation.party) ?? delegation.party;
        return (
          <article key={anchor} id={anchor} className="card">
            <h3>
              <PartyName name={name} style={colours.get(delegation.party)} />
            </h3>
            {round ? (
              <p className="small muted">
                <DataText>{round.label}</DataText>, {formatDate(round.date)}
              </p>
            ) : null}
            <table className="data" aria-label={`Delegation of ${name}`}>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {delegation.members.map((member) => (
                  <tr key={member.name}>
                    <td>{member.name}</td>
                    <td>{member.role}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {delegation.evidence?.length ? (
              <details className={styles.evidence}>
                <summary className="small">Evidence ({delegation.evidence.length})</summary>
                {delegation.evidence.map((evidence) => (
                  <EvidenceQuote
                    key={evidence.quote}
                    datasetId={datasetId}
                    evidence={evidence}
                    source={sources.get(evidence.source)}
                    partyName={name}
                  />
                ))}
              </details>
            ) : null}
          </article>
        );
      })}
    </div>
  );
}
