import Link from 'next/link';
import { DataText } from '@/components/DataText';
import type { IssueDisagreement } from '@/lib/analysis';
import { issueHref } from '@/lib/url/routes';
import { gapText } from '@/lib/wording/gap';
import { count } from '@/lib/wording/numbers';

/** Every issue with its pair furthest apart and how far, or why there is none. */
export function IssuesSummary({
  datasetId,
  disagreements,
  names,
  issueTitles,
}: {
  datasetId: string;
  disagreements: readonly IssueDisagreement[];
  names: ReadonlyMap<string, string>;
  issueTitles: ReadonlyMap<string, string>;
}) {
  const oneSided = disagreements.filter((d) => d.widest === undefined).length;
  return (
    <section aria-labelledby="issues">
      <h2 id="issues">Issues</h2>
      <p className="small muted">
        {count(disagreements.length, 'issue')}; at most one side&apos;s position is known on{' '}
        {oneSided} of {disagreements.length}.
      </p>
      <ul>
        {disagreements.map((d) => (
          <li key={d.issue}>
            <Link href={issueHref(datasetId, d.issue)}>
              <DataText>{issueTitles.get(d.issue) ?? d.issue}</DataText>
            </Link>
            :{' '}
            {d.widest ? (
              <>
                furthest apart <DataText>{names.get(d.widest.a)}</DataText> and{' '}
                <DataText>{names.get(d.widest.b)}</DataText>, {gapText(d.widest)}
              </>
            ) : (
              <span className="muted">
                {d.known === 0 ? 'no stated positions' : 'only one side known'}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
