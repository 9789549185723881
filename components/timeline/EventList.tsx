import { EvidenceQuote } from '@/components/evidence/EvidenceQuote';
import { PartyName } from '@/components/PartyName';
import type { Source, TimelineEvent } from '@/lib/model';
import type { PartyStyle } from '@/lib/style/palette';
import { formatDate } from '@/lib/wording/dates';
import styles from './EventList.module.css';

/** Dated events in order, each with the parties involved and its evidence. */
export function EventList({
  datasetId,
  events,
  names,
  colours,
  sources,
}: {
  datasetId: string;
  events: readonly { event: TimelineEvent; anchor: string }[];
  names: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, PartyStyle>;
  sources: ReadonlyMap<string, Source>;
}) {
  if (events.length === 0) return <p className="muted">No dated events are recorded.</p>;
  return (
    <ol className={styles.list}>
      {events.map(({ event, anchor }) => {
        const partyNames = event.parties.map((id) => names.get(id) ?? id);
        return (
          <li key={anchor} id={anchor} className={styles.item}>
            <time dateTime={event.date} className={styles.date}>
              {formatDate(event.date)}
            </time>
            <div>
              <h3 className={styles.title}>{event.title}</h3>
              {event.parties.length ? (
                <p className={`${styles.parties} small`}>
                  {event.parties.map((id) => (
                    <PartyName key={id} name={names.get(id) ?? id} style={colours.get(id)} />
                  ))}
                </p>
              ) : null}
              {event.evidence.map((evidence) => (
                <EvidenceQuote
                  key={evidence.quote}
                  datasetId={datasetId}
                  evidence={evidence}
                  source={sources.get(evidence.source)}
                  partyName={partyNames.join(', ')}
                />
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
