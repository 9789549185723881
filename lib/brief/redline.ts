import { SIMILAR_TEXT, supersessionPairs } from '@/lib/analysis';
import { redlineView, type RedlineOptions } from '@/lib/pages/redline';
import { keptQuery } from '@/lib/url/query';
import { redlineHref } from '@/lib/url/routes';
import { percent, redlineMethod } from '@/lib/wording/redline';
import type { DeckContext } from './context';
import type { SlideOf } from './schema';

/** Issue moves listed on a redline slide; the rest are counted ("+N more issues"). */
export const REDLINE_MOVES = 5;

/**
 * One slide per proposal and the proposal replacing it, where both have clauses: what the new
 * text keeps, rewrites, splits, merges, drops and adds, and how far it moves each issue both
 * name. Left out when the deck's parties leave out both proposals.
 */
export function redlineSlides(
  ctx: DeckContext,
  options: RedlineOptions = {},
): SlideOf<'redline'>[] {
  const chosen = ctx.state.parties;
  return supersessionPairs(ctx.dataset)
    .filter(([a, b]) => !chosen || chosen.includes(a.id) || chosen.includes(b.id))
    .flatMap(([a, b]): SlideOf<'redline'>[] => {
      const view = redlineView(ctx.dataset, a, b, options);
      if (!view) return [];
      const moved = [...view.summary.issues].sort(
        (x, y) => Math.abs(y.delta ?? 0) - Math.abs(x.delta ?? 0),
      );
      return [
        {
          kind: 'redline',
          heading: `${b.shortName} against ${a.shortName}, clause by clause`,
          continued: false,
          notes: redlineMethod(),
          a: ctx.party(a.id),
          b: ctx.party(b.id),
          counts: view.summary.counts
            .filter((c) => c.value > 0)
            .map(({ label, value }) => ({ label, value })),
          sentences: view.summary.sentences,
          moves: moved.slice(0, REDLINE_MOVES).map((m) => ({ issue: m.title, text: m.text })),
          more: Math.max(0, moved.length - REDLINE_MOVES),
          method: `Clauses paired by number and by words in common (at least ${percent(SIMILAR_TEXT)}, or less with the same number); a text’s value on an issue is the mean of its clauses’ values. Method in the speaker notes.`,
          href: redlineHref(ctx.dataset.id, a.id, b.id, keptQuery(ctx.state)),
        },
      ];
    });
}
