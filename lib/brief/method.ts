import { AGREEMENT_THRESHOLD, contestedCells } from '@/lib/analysis';
import { formatDate } from '@/lib/wording/dates';
import { count } from '@/lib/wording/numbers';
import { CONTESTED_RULE } from '@/lib/wording/statement';
import { GAP_RULE } from '@/lib/wording/gap';
import type { DeckContext } from './context';
import { continuedHeading } from './paginate';
import type { SlideOf } from './schema';

/** "Data as of 19 May 2025 · version 1a2b3c4d": the dataset's version as readers see it. */
export function versionText(asOf: string, version: string): string {
  return `Data as of ${formatDate(asOf)} · version ${version}`;
}

/** Sources on the first method slide (under the method points) and on each continued one. */
export const METHOD_SOURCES = { first: 4, continued: 10 };

/** Method and sources, closing the deck with the dataset's version; many sources continue on further slides. */
export function methodSlides(ctx: DeckContext, version: string): SlideOf<'method'>[] {
  const { dataset, analysis } = ctx;
  const round = analysis.snapshot.round;
  const selection =
    ctx.parties.length < dataset.parties.length || ctx.issues.length < dataset.issues.length
      ? [
          `This deck shows ${ctx.parties.length} of ${count(dataset.parties.length, 'party', 'parties')} and ${ctx.issues.length} of ${count(dataset.issues.length, 'issue')}.`,
        ]
      : [];
  const sources = dataset.sources.map((s) => {
    const detail = [
      s.authors?.join(', '),
      s.publisher,
      s.date && formatDate(s.date),
      s.kind.replace('-', ' '),
    ]
      .filter(Boolean)
      .join(' · ');
    return s.url ? { title: s.title, detail, url: s.url } : { title: s.title, detail };
  });
  const pages = [sources.slice(0, METHOD_SOURCES.first)];
  for (let i = METHOD_SOURCES.first; i < sources.length; i += METHOD_SOURCES.continued)
    pages.push(sources.slice(i, i + METHOD_SOURCES.continued));
  const first: SlideOf<'method'> = {
    kind: 'method',
    heading: 'Method and sources',
    continued: false,
    notes: [
      'Every position in this deck links to its verbatim quote in the dashboard’s evidence view; the version identifies the exact data shown.',
    ],
    points: [
      'Each issue has its own 0–100 scale whose two ends are described in words; each position is coded on it from a verbatim quote.',
      `Positions as of ${round.label} (${formatDate(round.date)}): a position holds from the round that codes it until a later round codes it again.`,
      'No stated position is never read as 0: where only one side is known there is no gap.',
      `${GAP_RULE} Pairs whose positions, or acceptable ranges where given, are within ${AGREEMENT_THRESHOLD} of 100 count as agreeing.`,
      ...(contestedCells(ctx.analysis.snapshot).size ? [CONTESTED_RULE] : []),
      ...selection,
    ],
    sources: pages[0] ?? [],
    version: versionText(dataset.asOf, version),
  };
  return [
    first,
    ...pages.slice(1).map((page) => ({
      ...first,
      heading: continuedHeading('Method and sources', 1),
      continued: true,
      notes: [],
      points: [],
      sources: page,
    })),
  ];
}
