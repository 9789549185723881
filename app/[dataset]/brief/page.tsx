import { reviewNoticeView } from '@/lib/pages/reviewNotice';
import type { Metadata } from 'next';
import { BriefDeck } from '@/components/brief/BriefDeck';
import { analyse } from '@/lib/analysis';
import { buildDeck, deckChoices } from '@/lib/brief';
import { versionReadOr404, type DatasetParams } from '@/lib/data/route';
import { orientationView } from '@/lib/pages/orientation';
import { scenarioView } from '@/lib/pages/scenario';
import { oldVersionView } from '@/lib/pages/version';
import { notFound } from 'next/navigation';
import { type SearchParams, keptQuery, parseViewState, viewHref } from '@/lib/url/query';
import { changesHref, datasetHref } from '@/lib/url/routes';
import { changesSinceOf } from '@/lib/data/changeLog';
import { sinceChangesQuery } from '@/lib/pages/changesSince';
import type { ValidDatasetEntry } from '@/lib/data/entry';

export async function generateMetadata({ params }: { params: DatasetParams }): Promise<Metadata> {
  const { dataset } = await params;
  return { title: `Briefing: ${dataset}` };
}

/** Briefing mode: the dataset as a 16:9 slide deck for the URL's parties, issues, round, theme and slide. */
export default async function BriefPage({
  params,
  searchParams,
}: {
  params: DatasetParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id } = await params;
  const read = await versionReadOr404(id);
  // The layout explains a missing version or a dataset with errors; the deck needs neither.
  if (!read.entry?.dataset) notFound();
  const { entry } = read;
  const dataset = read.entry.dataset;
  // Every slide says what it shows, when that is not the latest version as coded.
  const stamp = [
    read.old && oldVersionView(id, entry.version, read.old.latest).stamp,
    entry.orientation && orientationView(entry.orientation).stamp,
    scenarioView(entry.scenario)?.stamp,
    reviewNoticeView(entry.review, entry.review?.approvedOnly ?? false)?.stamp,
  ]
    .filter(Boolean)
    .join(' · ');
  const parsed = parseViewState(await searchParams, dataset);
  // The URL's choices, narrowed for a very large dataset; links keep the URL's own choices.
  const { state, notices } = deckChoices(dataset, parsed.state);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties, limit: 50 });
  const since = state.since
    ? await changesSinceOf(entry as ValidDatasetEntry, state.since)
    : undefined;
  const choices = [
    ...parsed.notes,
    ...(entry.scenario?.ignored ?? []),
    ...notices,
    ...(since && 'refused' in since ? [since.refused] : []),
  ];
  const changes =
    since && !('refused' in since)
      ? { since, href: changesHref(id, sinceChangesQuery(state.since)) }
      : undefined;
  const deck = buildDeck(dataset, analysis, state, {
    version: entry.version,
    notices: choices,
    stamp: stamp || undefined,
    changes,
  });
  const path = datasetHref(dataset.id, 'brief');
  const hrefs = deck.slides.map((_, i) => viewHref(path, parsed.state, { slide: i + 1 }, dataset));
  return (
    <BriefDeck
      deck={deck}
      theme={state.theme}
      hrefs={hrefs}
      exitHref={datasetHref(dataset.id, undefined, keptQuery(parsed.state))}
      notices={deck.notices}
    />
  );
}
