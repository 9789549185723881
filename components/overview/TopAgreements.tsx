import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import type { AgreementPoint } from '@/lib/analysis';
import { issueHref } from '@/lib/url/routes';
import { CLOSE_WORDS, agreementReasonText } from '@/lib/wording/agreement';
import type { OverviewContext } from './context';

/** The pairs of parties that agree, or nearly, by issue: recorded outcomes first. */
export function TopAgreements({
  datasetId,
  items,
  names,
  issueTitles,
  colours,
}: OverviewContext & { items: readonly AgreementPoint[] }) {
  return (
    <section aria-labelledby="top-agreement">
      <h2 id="top-agreement">Top points of agreement</h2>
      {items.length === 0 ? (
        <p className="muted">
          No recorded outcome, no overlapping acceptable ranges, and no pair {CLOSE_WORDS}.
        </p>
      ) : (
        <ul>
          {items.map((p) => (
            <li key={`${p.issue}-${p.a}-${p.b}`}>
              <Link href={issueHref(datasetId, p.issue)}>
                <DataText>{issueTitles.get(p.issue)}</DataText>
              </Link>
              : <PartyName name={names.get(p.a) ?? p.a} style={colours.get(p.a)} /> and{' '}
              <PartyName name={names.get(p.b) ?? p.b} style={colours.get(p.b)} /> —{' '}
              {agreementReasonText(p)}
              {p.outcome ? <div className="small muted">{p.outcome.summary}</div> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
