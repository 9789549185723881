import type { ChangesSince } from '@/lib/pages/changesSince';
import { continuedHeading, lines, paginate } from './paginate';
import type { SlideOf } from './schema';

/** The most changes one revision lists on a slide; the rest are counted ("+N more"). */
export const CHANGES_PER_GROUP = 6;
/** Revisions per slide, by estimated lines. */
export const CHANGE_GROUPS = { maxItems: 5, budget: 15 };

/**
 * "What changed since <date or version>": each revision (or CHANGES.md entry) after that point,
 * oldest first, with up to CHANGES_PER_GROUP of its changes; split into "(continued)" slides.
 * One slide saying nothing changed when the range is empty.
 */
export function changesSlides(since: ChangesSince, href: string): SlideOf<'changes'>[] {
  const heading = `What changed since ${since.label}`;
  const groups = since.groups.map((g) => ({
    heading: g.heading,
    lines: g.lines.slice(0, CHANGES_PER_GROUP),
    more: Math.max(0, g.lines.length - CHANGES_PER_GROUP),
  }));
  const weight = (g: (typeof groups)[number]) =>
    lines(g.heading, 110) +
    g.lines.reduce((n, l) => n + lines(l, 120), 0) * 0.6 +
    (g.more ? 0.6 : 0);
  return paginate(groups, weight, CHANGE_GROUPS).map((page, index) => ({
    kind: 'changes',
    heading: continuedHeading(heading, index),
    continued: index > 0,
    notes: [
      `${since.groups.length} recorded change${since.groups.length === 1 ? '' : 's'} since ${since.label}; the Changes page lists every edit with its old and new value.`,
    ],
    groups: page,
    empty: `No changes were recorded since ${since.label}.`,
    href,
  }));
}
