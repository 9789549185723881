import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import type { OpenDemand } from '@/lib/analysis';
import { evidenceHref, issueHref } from '@/lib/url/routes';
import type { OverviewContext } from './context';

/** Demands stated by one party that no other party has answered. */
export function OpenDemands({
  datasetId,
  items,
  names,
  issueTitles,
  colours,
}: OverviewContext & { items: readonly OpenDemand[] }) {
  return (
    <section aria-labelledby="open-demands">
      <h2 id="open-demands">Open demands</h2>
      <p className="small muted">
        Issues where one party has stated a position and no other party has a position at all.
      </p>
      {items.length === 0 ? (
        <p className="muted">Every stated demand has an answer from at least one other party.</p>
      ) : (
        <ul>
          {items.map((d) => (
            <li key={d.issue}>
              <Link href={issueHref(datasetId, d.issue)}>
                <DataText>{issueTitles.get(d.issue)}</DataText>
              </Link>
              : <PartyName name={names.get(d.party) ?? d.party} style={colours.get(d.party)} />:{' '}
              <DataText>{d.position.label}</DataText> ·{' '}
              <Link className="small" href={evidenceHref(datasetId, d.issue, d.party)}>
                evidence
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
