import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { DatasetNav } from '@/components/DatasetNav';
import { OldVersionNotice } from '@/components/OldVersionNotice';
import { OrientationBar } from '@/components/OrientationBar';
import { ScenarioNotice } from '@/components/ScenarioNotice';
import { hasDirection, orientableParties } from '@/lib/analysis/orientation';
import { ProblemList } from '@/components/ProblemList';
import { ReviewNotice } from '@/components/review/ReviewNotice';
import { VersionFooter } from '@/components/VersionFooter';
import {
  reorientQueryFields,
  requestedReviewedOnly,
  reviewedToggleQueryFields,
  versionReadOr404,
  type DatasetParams,
} from '@/lib/data/route';
import { reviewNoticeView } from '@/lib/pages/reviewNotice';
import { orientationView } from '@/lib/pages/orientation';
import { scenarioView } from '@/lib/pages/scenario';
import { sourcesByDate } from '@/lib/pages/sources';
import { missingVersionView, oldVersionView } from '@/lib/pages/version';
import { keptQuery } from '@/lib/url/query';
import { count } from '@/lib/wording/numbers';

/**
 * Shell of every dataset page: section navigation, the version footer and, when the URL asks
 * for an old version (`?version=`), a notice saying so above the page; where issues say whose
 * aim their ends are, the orientation control and, when oriented (`?orient=`), what it flipped;
 * in a what-if view (`?whatif=`), the words "Scenario: not coded data" and the changes.
 */
export default async function DatasetLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: DatasetParams;
}) {
  await connection();
  const { dataset: id } = await params;
  const read = await versionReadOr404(id);
  if (!read.entry) {
    const { requested, latest } = read.missing;
    const view = missingVersionView(id, requested, latest.version, latest.home);
    return (
      <>
        <h1>{view.heading}</h1>
        <OldVersionNotice
          heading="No such version"
          detail={view.detail}
          latestHref={view.latestHref}
          changesHref={view.changesHref}
          changesLabel="Changes"
        />
      </>
    );
  }
  const entry = read.entry;
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
  const old = read.old && oldVersionView(id, entry.version, read.old.latest, read.old.revision);
  const version = old ? entry.version : undefined;
  const orient = entry.orientation?.party.id;
  const scenario = scenarioView(entry.scenario);
  const whatif = scenario ? entry.scenario?.spec : undefined;
  const reviewed = entry.review?.approvedOnly ? ('only' as const) : undefined;
  const review = reviewNoticeView(entry.review, await requestedReviewedOnly());
  return (
    <>
      <DatasetNav
        datasetId={d.id}
        title={d.title}
        query={keptQuery({ version, orient, whatif, reviewed })}
      />
      {old ? (
        <OldVersionNotice
          heading={old.heading}
          detail={old.detail}
          latestHref={old.latestHref}
          changesHref={old.changesHref}
        />
      ) : null}
      {hasDirection(d) ? (
        <OrientationBar
          parties={orientableParties(d)}
          keep={await reorientQueryFields()}
          orient={orient}
          view={entry.orientation && orientationView(entry.orientation)}
          leavesWhatIf={scenario !== undefined}
        />
      ) : null}
      <ScenarioNotice
        view={scenario}
        ignored={entry.scenario?.ignored ?? []}
        version={version}
        orient={orient}
      />
      <ReviewNotice view={review} keep={review?.toggle ? await reviewedToggleQueryFields() : []} />
      {children}
      <VersionFooter
        asOf={d.asOf}
        version={
          read.old ? `${entry.version} (old; the latest is ${read.old.latest})` : entry.version
        }
        sources={sourcesByDate(d.sources)
          .map((s) => s.title)
          .join('; ')}
      />
    </>
  );
}
