import { DataText } from '@/components/DataText';
import { EvidenceQuote } from '@/components/evidence/EvidenceQuote';
import type { Outcome, Round, Source } from '@/lib/model';
import { formatDate } from '@/lib/wording/dates';
import { isolate } from '@/lib/wording/text';
import styles from './OutcomeList.module.css';

/** The outcomes recorded on an issue, each with its round, parties and evidence. */
export function OutcomeList({
  datasetId,
  outcomes,
  names,
  sources,
}: {
  datasetId: string;
  outcomes: readonly { outcome: Outcome; round?: Round; anchor: string }[];
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Source>;
}) {
  if (outcomes.length === 0) return <p className="muted">No outcome is recorded on this issue.</p>;
  return (
    <ol className={styles.list}>
      {outcomes.map(({ outcome, round, anchor }) => {
        const parties = outcome.parties.map((id) => isolate(names.get(id) ?? id)).join(', ');
        return (
          <li key={anchor} id={anchor} className="card">
            <p className="small muted">
              {round ? (
                <>
                  <DataText>{round.label}</DataText>, {formatDate(round.date)}
                </>
              ) : (
                outcome.round
              )}{' '}
              · {parties}
              {outcome.value !== undefined ? ` · coded ${outcome.value} of 100` : ''}
            </p>
            <p>{outcome.summary}</p>
            {outcome.evidence.map((evidence) => (
              <EvidenceQuote
                key={evidence.quote}
                datasetId={datasetId}
                evidence={evidence}
                source={sources.get(evidence.source)}
                partyName={parties}
              />
            ))}
          </li>
        );
      })}
    </ol>
  );
}
