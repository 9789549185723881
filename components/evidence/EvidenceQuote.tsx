import { DataText } from '@/components/DataText';
import type { Evidence, Source } from '@/lib/model';
import { quoteHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { attributionText } from '@/lib/wording/sources';

/** One verbatim quote with its source, date and attribution, linking to the passage in the source view. */
export function EvidenceQuote({
  datasetId,
  evidence,
  source,
  partyName,
}: {
  datasetId: string;
  evidence: Evidence;
  source: Source | undefined;
  partyName: string;
}) {
  return (
    <figure className="evidence-quote">
      <blockquote>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption className="small muted">
        {attributionText(evidence, source, partyName)}
        {source ? (
          <>
            {' '}
            ·{' '}
            <a href={quoteHref(datasetId, source.id, evidence.quote)}>
              <DataText>{source.title}</DataText>
            </a>
            {source.date ? `, ${formatDate(source.date)}` : ''}
          </>
        ) : null}
        {evidence.locator ? (
          <>
            {' '}
            · <DataText>{evidence.locator}</DataText>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
