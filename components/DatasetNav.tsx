import Link from 'next/link';

const SECTIONS = [
  ['', 'Overview'],
  ['matrix', 'Matrix'],
  ['issues', 'Issues'],
  ['compare', 'Compare'],
  ['charts', 'Charts'],
  ['timeline', 'Timeline'],
  ['sources', 'Sources'],
  ['method', 'Method'],
  ['brief', 'Briefing'],
] as const;

/** The navigation shared by every page of one dataset. */
export function DatasetNav({ datasetId, title }: { datasetId: string; title: string }) {
  return (
    <nav className="dataset-nav no-print" aria-label={`${title}: sections`}>
      <span className="dataset-nav-title">
        <bdi>{title}</bdi>
      </span>
      <ul>
        {SECTIONS.map(([path, label]) => (
          <li key={label}>
            <Link href={path ? `/${datasetId}/${path}` : `/${datasetId}`}>{label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
