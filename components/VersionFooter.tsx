import { formatDate } from '@/lib/wording/dates';

/** The dataset's version, as of date and content hash, shown at the foot of every page. */
export function VersionFooter({
  asOf,
  version,
  sources,
}: {
  asOf: string;
  version: string;
  sources: string;
}) {
  return (
    <footer className="site-footer">
      Data as of {formatDate(asOf)} · version {version} · Sources: {sources}
    </footer>
  );
}
