import Link from 'next/link';
import { PositionStripFigure } from '@/components/charts/PositionStripFigure';
import { ShiftsFigure } from '@/components/charts/ShiftsFigure';
import { DataText } from '@/components/DataText';
import { GapTable } from '@/components/issues/GapTable';
import { OutcomeList } from '@/components/issues/OutcomeList';
import { PositionCard } from '@/components/issues/PositionCard';
import { RoundChanges } from '@/components/issues/RoundChanges';
import { ScenarioSection } from '@/components/issues/ScenarioSection';
import { ZoneSummary } from '@/components/issues/ZoneSummary';
import { ViewControls } from '@/components/ViewControls';
import { ViewNotes } from '@/components/ViewNotes';
import { takeSnapshot } from '@/lib/analysis';
import { chartCsvHref } from '@/lib/charts/export';
import { shiftSeries } from '@/lib/charts/shifts';
import { positionStripSeries } from '@/lib/charts/strip';
import { getValidDataset } from '@/lib/data';
import { issueOr404 } from '@/lib/data/lookup';
import { validDatasetOr404 } from '@/lib/data/route';
import { issueDetail } from '@/lib/pages/issueDetail';
import { issueScenarios } from '@/lib/pages/scenarios';
import { partyStyles } from '@/lib/style/palette';
import { joinListParams } from '@/lib/url/formParams';
import { DEFAULT_VIEW, type SearchParams, parseViewState, viewHref } from '@/lib/url/query';
import { issueHref, issueWhatIfHref, issuesHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import styles from './page.module.css';

type IssueParams = Promise<{ dataset: string; issue: string }>;

export async function generateMetadata({ params }: { params: IssueParams }) {
  const { dataset, issue } = await params;
  const title = (await getValidDataset(dataset))?.dataset.issues.find((i) => i.id === issue)?.title;
  return { title: title ?? 'Issue' };
}

/** One issue: its question and scale, every chosen party's position with evidence, gaps, zone, outcomes and changes. */
export default async function IssuePage({
  params,
  searchParams,
}: {
  params: IssueParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id, issue: issueId } = await params;
  const { dataset } = await validDatasetOr404(id);
  const issue = issueOr404(dataset, issueId);
  const { state, notes } = parseViewState(joinListParams(await searchParams), dataset);
  const snapshot = takeSnapshot(dataset, { round: state.round, parties: state.parties });
  const detail = issueDetail(dataset, snapshot, issue.id);
  const colours = partyStyles(dataset.parties);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const issueTitles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const back = viewHref(
    issuesHref(dataset.id),
    { ...DEFAULT_VIEW, parties: state.parties, round: state.round },
    {},
    dataset,
  );

  return (
    <>
      <p className="small">
        <Link href={back}>← All issues</Link>
      </p>
      <h1>{issue.title}</h1>
      <p className={styles.question}>{issue.question}</p>
      <dl className="facts">
        <dt>0 on the scale</dt>
        <dd>{issue.scale.zero}</dd>
        <dt>100 on the scale</dt>
        <dd>{issue.scale.hundred}</dd>
        {issue.category ? (
          <>
            <dt>Category</dt>
            <dd>{issue.category}</dd>
          </>
        ) : null}
        <dt>Viewing</dt>
        <dd>
          positions in force at <DataText>{snapshot.round.label}</DataText> (
          {formatDate(snapshot.round.date)})
        </dd>
      </dl>
      <ViewControls action={issueHref(dataset.id, issue.id)} dataset={dataset} state={state} />
      <ViewNotes notes={notes} />

      <PositionStripFigure
        datasetId={dataset.id}
        series={positionStripSeries(dataset, snapshot, issue.id)}
        csvHref={chartCsvHref(dataset, snapshot, 'strip', issue.id)}
        headingLevel={2}
      />

      <h2>Positions</h2>
      <div className={styles.positions}>
        {detail.cells.map((cell) => {
          const party = parties.get(cell.party);
          if (!party) return null;
          return (
            <PositionCard
              key={cell.party}
              datasetId={dataset.id}
              issue={issue}
              party={party}
              style={colours.get(cell.party)}
              cell={cell}
              sources={sources}
              issueTitles={issueTitles}
            />
          );
        })}
      </div>

      <h2>Gaps between the parties</h2>
      <GapTable gaps={detail.gaps} names={names} styles={colours} />

      <h2>Zone of possible agreement</h2>
      <ZoneSummary zone={detail.zone} scale={issue.scale} names={names} />

      <ScenarioSection
        view={issueScenarios(dataset, snapshot, issue.id, state.whatif)}
        action={issueWhatIfHref(dataset.id, issue.id)}
        state={state}
      />

      <h2 id="outcomes">Recorded outcomes</h2>
      <OutcomeList
        datasetId={dataset.id}
        outcomes={detail.outcomes}
        names={names}
        sources={sources}
      />

      <h2>Changes across rounds</h2>
      <ShiftsFigure
        datasetId={dataset.id}
        series={shiftSeries(dataset, snapshot, issue.id)}
        csvHref={chartCsvHref(dataset, snapshot, 'shifts', issue.id)}
      />
      <RoundChanges
        rounds={detail.rounds}
        series={detail.series}
        shifts={detail.shifts}
        names={names}
        styles={colours}
      />
    </>
  );
}
