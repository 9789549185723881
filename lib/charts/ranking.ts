import { type Analysis, type GapMeasure, knownPositionOf, salienceOf } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { partyViews } from '@/lib/style/palette';
import { gapText } from '@/lib/wording/gap';
import { count, points } from '@/lib/wording/numbers';
import { isolate } from '@/lib/wording/text';

/** One ranked issue: the pair furthest apart, both measures, and the salience-weighted distance. */
export interface RankingRow extends GapMeasure {
  issue: string;
  title: string;
  a: string;
  b: string;
  /** "Russia vs Ukraine", each name isolated (FSI … PDI) */
  pair: string;
  /** The two parties' names, for labels that isolate each one. */
  aName: string;
  bName: string;
  /** Mean salience of the two parties (1–5, 3 where none given). */
  meanSalience: number;
  /** distance × meanSalience ÷ 5 */
  weighted: number;
}

/** Props of DisagreementRanking. */
export interface RankingSeries {
  /** The ranked issues drawn, furthest apart first (the first `limit` when the series was cut). */
  rows: RankingRow[];
  /** How many issues are ranked in all; more than rows.length when the series was cut. */
  ranked: number;
  /** Issues left out because fewer than two positions are known. */
  unranked: number;
  caption: string;
  /** How the weighted bar is computed, for the figure's note. */
  note: string;
  description: string;
}

/** RULE: weighted distance = distance × the pair's mean salience ÷ 5, so a distance both sides call vital (5) keeps its full length. */
export function weightedGap(distance: number, meanSalience: number): number {
  return (distance * meanSalience) / 5;
}

/**
 * Issues ordered by how far apart their widest pair's positions are (largest first; ties in issue
 * order), each with the pair, its range gap and the salience-weighted distance. Issues with fewer than two known positions are counted, not ranked.
 * With `limit`, only the first `limit` are kept; the caption still speaks of all of them.
 */
export function disagreementRanking(
  dataset: Dataset,
  analysis: Analysis,
  limit?: number,
): RankingSeries {
  const parties = partyViews(dataset.parties);
  const name = (id: string) => parties.get(id)?.name ?? id;
  const titles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const rows: RankingRow[] = [];
  for (const d of analysis.disagreements) {
    if (!d.widest) continue;
    const { distance, rangeGap, ranged, a, b } = d.widest;
    const sa = knownPositionOf(analysis.snapshot, d.issue, a);
    const sb = knownPositionOf(analysis.snapshot, d.issue, b);
    const meanSalience = (salienceOf(sa ?? {}) + salienceOf(sb ?? {})) / 2;
    rows.push({
      issue: d.issue,
      title: titles.get(d.issue) ?? d.issue,
      distance,
      rangeGap,
      ranged,
      a,
      b,
      pair: `${isolate(name(a))} vs ${isolate(name(b))}`,
      aName: name(a),
      bName: name(b),
      meanSalience,
      weighted: weightedGap(distance, meanSalience),
    });
  }
  rows.sort((x, y) => y.distance - x.distance); // stable: ties keep issue order
  const unranked = analysis.disagreements.length - rows.length;
  const caption = rankingCaption(rows, unranked);
  const note =
    'The lighter bar weighs each distance by how much the two parties care: distance × their mean salience (1–5, 3 where not coded) ÷ 5.';
  const shown = limit === undefined ? rows : rows.slice(0, Math.max(0, limit));
  const cut =
    shown.length < rows.length
      ? ` The ${shown.length} furthest apart of ${rows.length} ranked issues:`
      : '';
  const description = `${caption}${cut} ${shown
    .map(
      (r) =>
        `${isolate(r.title)}: ${r.pair}, ${gapText(r)}; weighted by salience ${points(r.weighted)}.`,
    )
    .join(' ')}`;
  return { rows: shown, ranked: rows.length, unranked, caption, note, description };
}

/** "Furthest apart: ‹issue›, ‹a› vs ‹b›, positions ‹n› apart (…); weighted by salience, ‹issue› ranks first." */
export function rankingCaption(rows: readonly RankingRow[], unranked: number): string {
  const [top] = rows;
  if (!top) return 'No issue has two known positions, so no gap can be ranked.';
  let weightedTop = top;
  for (const row of rows) if (row.weighted > weightedTop.weighted) weightedTop = row;
  const parts = [`Furthest apart: ${isolate(top.title)}, ${top.pair}, ${gapText(top)}`];
  if (weightedTop !== top)
    parts.push(
      `weighted by salience, ${isolate(weightedTop.title)} ranks first (${points(weightedTop.weighted)})`,
    );
  if (unranked)
    parts.push(
      `${count(unranked, 'issue')} with fewer than two known positions ${unranked === 1 ? 'is' : 'are'} not ranked`,
    );
  return `${parts.join('; ')}.`;
}
