import Link from 'next/link';
import { OverviewCharts } from '@/components/charts/OverviewCharts';
import { DataText } from '@/components/DataText';
import { IssuesSummary } from '@/components/overview/IssuesSummary';
import { OpenDemands } from '@/components/overview/OpenDemands';
import { PartiesSection } from '@/components/overview/PartiesSection';
import { TopAgreements } from '@/components/overview/TopAgreements';
import { TopDisagreements } from '@/components/overview/TopDisagreements';
import { analyse, contestedCells } from '@/lib/analysis';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { partyStyles } from '@/lib/style/palette';
import { compareHref, issuesHref, matrixHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import styles from './page.module.css';

export async function generateMetadata({ params }: { params: DatasetParams }) {
  const { dataset } = await params;
  return { title: dataset };
}

/** The overview of one negotiation: who is at the table, on what, where they are furthest apart, where they agree, and what is unanswered. */
export default async function OverviewPage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const { dataset } = await validDatasetOr404(id);
  const analysis = analyse(dataset, { limit: 10 });
  const colours = partyStyles(dataset.parties);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueTitles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const shared = { datasetId: dataset.id, names, issueTitles, colours };

  return (
    <>
      <h1>{dataset.title}</h1>
      <p className="muted">
        As of {formatDate(dataset.asOf)} · viewing{' '}
        <DataText>{analysis.snapshot.round.label}</DataText> (
        {formatDate(analysis.snapshot.round.date)})
      </p>
      <p>{dataset.summary}</p>

      <PartiesSection parties={dataset.parties} colours={colours} />

      <OverviewCharts dataset={dataset} analysis={analysis} />

      <TopDisagreements
        {...shared}
        items={analysis.pointsOfDisagreement}
        contested={contestedCells(analysis.snapshot)}
      />

      <div className={styles.pair}>
        <TopAgreements {...shared} items={analysis.pointsOfAgreement} />
        <OpenDemands {...shared} items={analysis.openDemands} />
      </div>

      <IssuesSummary
        datasetId={dataset.id}
        disagreements={analysis.disagreements}
        names={names}
        issueTitles={issueTitles}
      />
      <p className="small">
        <Link href={matrixHref(dataset.id)}>Open the position matrix</Link> ·{' '}
        <Link href={issuesHref(dataset.id)}>All issues</Link> ·{' '}
        <Link href={compareHref(dataset.id)}>Compare two parties</Link>
      </p>
    </>
  );
}
