import type { Source } from '@/lib/model';
import { safeSourceUrl } from '@/lib/url/external';
import { formatDate } from '@/lib/wording/dates';
import { sourceKindText } from '@/lib/wording/sources';
import styles from './SourceDetails.module.css';

/** A source's bibliographic details; its address is a link only when it is a web address. */
export function SourceDetails({ source }: { source: Source }) {
  const url = safeSourceUrl(source.url);
  return (
    <dl className="facts">
      {source.authors?.length ? (
        <>
          <dt>Authors</dt>
          <dd>{source.authors.join(', ')}</dd>
        </>
      ) : null}
      {source.publisher ? (
        <>
          <dt>Publisher</dt>
          <dd>{source.publisher}</dd>
        </>
      ) : null}
      {source.date ? (
        <>
          <dt>Date</dt>
          <dd>{formatDate(source.date)}</dd>
        </>
      ) : null}
      <dt>Kind</dt>
      <dd>{sourceKindText(source.kind)}</dd>
      {url ? (
        <>
          <dt>Address</dt>
          <dd className={styles.address}>
            <a href={url} rel="noopener noreferrer">
              {url}
            </a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
