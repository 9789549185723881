import type { Analysis } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import type { ViewState } from '@/lib/url/query';
import type { ChangesSince } from '@/lib/pages/changesSince';
import { changesSlides } from './changes';
import { deckContext } from './context';
import { delegationSlides, demandSlides, shiftsSlides, timelineSlides } from './history';
import { issueSlides } from './issues';
import { methodSlides, versionText } from './method';
import { agreementSlides, gapsSlides, standingsSlides, titleSlide } from './overview';
import { redlineSlides } from './redline';
import { whatItTakesSlides } from './scenarios';
import type { Deck, Slide } from './schema';

/** What the deck needs beyond the data: the dataset's version (the loader's content hash). */
export interface DeckMeta {
  version: string;
  /** Notes on how the URL's choices were read, shown on the title slide. */
  notices?: string[];
  /** The old-version mark every slide carries (absent for the latest version). */
  stamp?: string;
  /** `?since=`: the changes after that point, for the "What changed since" slide after the title. */
  changes?: { since: ChangesSince; href: string };
}

/** The footer's source credit: the first two source titles, then how many more. */
function sourceCredit(titles: readonly string[]): string {
  const shown = titles.slice(0, 2).join('; ');
  const more = titles.length > 2 ? `; and ${titles.length - 2} more` : '';
  return `${titles.length === 1 ? 'Source' : 'Sources'}: ${shown}${more}`;
}

/**
 * The briefing deck for one view of a dataset, in presenting order: title, what changed since
 * a date or version (only with `meta.changes`), where they stand,
 * biggest gaps, what it would take to close the widest, agreement, one slide per chosen issue, each proposal against the one replacing it
 * clause by clause (only where both have clauses), shifts (only with more than one round and
 * some move), timeline, delegations (only when recorded), open demands, method and sources.
 * Sections too big for one 16:9 slide are split into "(continued)" slides. Pure: same input, same deck.
 * The analysis must be of the same parties and round as `state` (`analyse(dataset, {round, parties})`).
 */
export function buildDeck(
  dataset: Dataset,
  analysis: Analysis,
  state: ViewState,
  meta: DeckMeta,
): Deck {
  const ctx = deckContext(dataset, analysis, state);
  const slides: Slide[] = [
    titleSlide(ctx, meta.notices),
    ...(meta.changes ? changesSlides(meta.changes.since, meta.changes.href) : []),
    ...standingsSlides(ctx),
    ...gapsSlides(ctx),
    ...whatItTakesSlides(ctx),
    ...agreementSlides(ctx),
    ...issueSlides(ctx),
    ...redlineSlides(ctx),
    ...shiftsSlides(ctx),
    ...timelineSlides(ctx),
    ...delegationSlides(ctx),
    ...demandSlides(ctx),
    ...methodSlides(ctx, meta.version),
  ];
  const notices: string[] = [];
  const current = Math.min(state.slide, slides.length);
  if (state.slide > slides.length)
    notices.push(`This deck has ${slides.length} slides; showing the last one.`);
  return {
    title: dataset.title,
    slides,
    footer: `${versionText(dataset.asOf, meta.version)} · ${sourceCredit(dataset.sources.map((s) => s.title))}`,
    current,
    notices,
    ...(meta.stamp ? { stamp: meta.stamp } : {}),
  };
}

/** The counter a slide shows: "3 / 17" for the third (index 2) of 17. */
export function slideCounter(index: number, total: number): string {
  return `${index + 1} / ${total}`;
}
