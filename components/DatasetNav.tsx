import Link from 'next/link';
import { type DatasetPage, datasetHref } from '@/lib/url/routes';

const SECTIONS: readonly (readonly [DatasetPage | undefined, string])[] = [
  [undefined, 'Overview'],
  ['matrix', 'Matrix'],
  ['issues', 'Issues'],
  ['compare', 'Compare'],
  ['proposals', 'Proposals'],
  ['charts', 'Charts'],
  ['timeline', 'Timeline'],
  ['coverage', 'Coverage'],
  ['changes', 'Changes'],
  ['sources', 'Sources'],
  ['method', 'Method'],
  ['brief', 'Briefing'],
];

/** The navigation shared by every page of one dataset; `query` ('?version=3', or '') is kept on every link. */
export function DatasetNav({
  datasetId,
  title,
  query = '',
}: {
  datasetId: string;
  title: string;
  query?: string;
}) {
  return (
    <nav className="dataset-nav no-print" aria-label={`${title}: sections`}>
      <span className="dataset-nav-title">
        <bdi>{title}</bdi>
      </span>
      <ul>
        {SECTIONS.map(([page, label]) => (
          <li key={label}>
            <Link href={datasetHref(datasetId, page, query)}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
