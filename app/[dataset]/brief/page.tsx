import type { Metadata } from 'next';
import { BriefDeck } from '@/components/brief/BriefDeck';
import { analyse } from '@/lib/analysis';
import { buildDeck, deckChoices } from '@/lib/brief';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { type SearchParams, parseViewState, viewHref } from '@/lib/url/query';
import { datasetHref } from '@/lib/url/routes';

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
  const entry = await validDatasetOr404(id);
  const dataset = entry.dataset;
  const parsed = parseViewState(await searchParams, dataset);
  // The URL's choices, narrowed for a very large dataset; links keep the URL's own choices.
  const { state, notices } = deckChoices(dataset, parsed.state);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties, limit: 50 });
  const choices = [...parsed.notes, ...notices];
  const deck = buildDeck(dataset, analysis, state, { version: entry.version, notices: choices });
  const path = datasetHref(dataset.id, 'brief');
  const hrefs = deck.slides.map((_, i) => viewHref(path, parsed.state, { slide: i + 1 }, dataset));
  return (
    <BriefDeck
      deck={deck}
      theme={state.theme}
      hrefs={hrefs}
      exitHref={datasetHref(dataset.id)}
      notices={deck.notices}
    />
  );
}
