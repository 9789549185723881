import { DataText } from '@/components/DataText';
import type { Evidence, Source, StatementEvidence } from '@/lib/model';
import { quoteHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { attributionText } from '@/lib/wording/sources';
import { statementText } from '@/lib/wording/statement';
import { capitalise } from '@/lib/wording/text';

/**
 * One verbatim quote with its source, date and attribution, linking to the passage in the source
 * view. Behind a position, it also says who spoke and when (where that is not the round's date),
 * and what it reads on the scale when the cell's quotes give readings.
 */
export function EvidenceQuote({
  datasetId,
  evidence,
  source,
  partyName,
  roundDate,
  reading,
}: {
  datasetId: string;
  evidence: Evidence | StatementEvidence;
  source: Source | undefined;
  partyName: string;
  /** The date of the round the quote is coded in; a statement date that differs is shown. */
  roundDate?: string;
  /** "reads 20 of 100": what this quote alone supports, shown beside it. */
  reading?: string;
}) {
  const said = roundDate === undefined ? undefined : statementText(evidence, roundDate);
  return (
    <figure className="evidence-quote">
      {reading ? <p className="evidence-reading">{capitalise(reading)}</p> : null}
      <blockquote>
        <p>{evidence.quote}</p>
      </blockquote>
      <figcaption className="small muted">
        {attributionText(evidence, source, partyName)}
        {said ? ` · ${said}` : null}
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
