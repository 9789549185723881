import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DatasetNav } from '@/components/DatasetNav';
import { ProblemList } from '@/components/ProblemList';
import { VersionFooter } from '@/components/VersionFooter';
import { datasetEntryOr404, type DatasetParams } from '@/lib/data/route';
import { sourcesByDate } from '@/lib/pages/sources';
import { count } from '@/lib/wording/numbers';

/** Shell of every dataset page: section navigation, and the version footer. */
export default async function DatasetLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: DatasetParams;
}) {
  await connection();
  const { dataset: id } = await params;
  const entry = await datasetEntryOr404(id);
  if (!entry.dataset) {
    return (
      <>
        <h1>
          {id}: this dataset has {count(entry.problems.length, 'error')}
        </h1>
        <p>
          It is not shown until its dataset.json is fixed. Run npm run validate -- data/{id} for the
          same list.
        </p>
        <ProblemList problems={entry.problems} limit={500} />
      </>
    );
  }
  const d = entry.dataset;
  return (
    <>
      <DatasetNav datasetId={d.id} title={d.title} />
      {children}
      <VersionFooter
        asOf={d.asOf}
        version={entry.version}
        sources={sourcesByDate(d.sources)
          .map((s) => s.title)
          .join('; ')}
      />
    </>
  );
}
