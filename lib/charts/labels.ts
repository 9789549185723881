import type { GapMeasure } from '@/lib/analysis';
import { gapLabel } from '@/lib/wording/gap';
import { isolate } from '@/lib/wording/text';

/** A title cut to `max` characters with an ellipsis, for axis labels (the full title stays in tables). */
export function shortTitle(title: string, max = 30): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}

/** How a chart label is set: regular text, bold, or a bold title followed by regular text. */
export type LabelWeight = 'regular' | 'bold' | 'mixed';

/** Average character widths of the charts' sans-serif font, each at the size it was measured. */
const MEASURED: Record<LabelWeight, { width: number; font: number }> = {
  regular: { width: 6.2, font: 11 },
  bold: { width: 7.2, font: 12 },
  mixed: { width: 7, font: 12 },
};

/** How many average characters of a label set at `fontPx` fit in `widthPx`. */
export function labelChars(
  widthPx: number,
  fontPx: number,
  weight: LabelWeight = 'regular',
): number {
  const measured = MEASURED[weight];
  return Math.floor(widthPx / (measured.width * (fontPx / measured.font)));
}

/** Options of fitLabel: how the label is set, characters kept for text after it, and the fewest characters ever shown. */
export interface FitOptions {
  weight?: LabelWeight;
  reserve?: number;
  min?: number;
}

/** A label cut with an ellipsis to what fits in `widthPx` at `fontPx` (less `reserve` characters, never below `min`). */
export function fitLabel(
  text: string,
  widthPx: number,
  fontPx: number,
  { weight = 'regular', reserve = 0, min }: FitOptions = {},
): string {
  const room = labelChars(widthPx, fontPx, weight) - reserve;
  return shortTitle(text, min === undefined ? room : Math.max(min, room));
}

/** The two parts of a ranking row's label: its title, and the pair and how far apart after it. */
export interface RankingLabel {
  title: string;
  pair: string;
  gap: string;
}

/** Characters a ranking label has when the plot's width is not known yet. */
const UNMEASURED_CHARS = 160;

/**
 * A ranking row's label fitted to the plot (12 px, bold title then regular text): the title takes
 * up to 60% (at least 16 characters), then each party's name is cut to its share of what is left,
 * and every title and name is isolated, so "A vs B" keeps its order in any script.
 */
export function rankingLabel(
  row: { title: string; aName: string; bName: string } & GapMeasure,
  widthPx: number | undefined,
): RankingLabel {
  const chars = widthPx === undefined ? UNMEASURED_CHARS : labelChars(widthPx, 12, 'mixed');
  const title = shortTitle(row.title, Math.max(16, Math.floor(chars * 0.6)));
  const gap = `, ${gapLabel(row)}`;
  const room = chars - title.length - gap.length - 2;
  const fits = row.aName.length + row.bName.length + 4 <= room;
  const share = Math.max(8, Math.floor((room - 4) / 2));
  const name = (n: string) => isolate(fits ? n : shortTitle(n, share));
  return { title: isolate(title), pair: `${name(row.aName)} vs ${name(row.bName)}`, gap };
}
