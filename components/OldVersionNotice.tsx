import Link from 'next/link';
import { DataText } from './DataText';

/** The notice at the top of a page showing an old version (or one the dataset lacks): what, and the way back. */
export function OldVersionNotice({
  heading,
  detail,
  latestHref,
  changesHref,
  changesLabel = 'What changed since',
}: {
  heading: string;
  detail: string;
  latestHref: string;
  changesHref?: string;
  changesLabel?: string;
}) {
  return (
    <aside className="old-version" role="note" aria-label="Old version">
      <p className="old-version-heading">{heading}</p>
      <p>
        <DataText>{detail}</DataText>
      </p>
      <p className="no-print">
        <Link href={latestHref}>Read the latest version</Link>
        {changesHref ? (
          <>
            {' · '}
            <Link href={changesHref}>{changesLabel}</Link>
          </>
        ) : null}
      </p>
    </aside>
  );
}
