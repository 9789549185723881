import type { PairAlignment } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { type PartyView, partyViews } from '@/lib/style/palette';
import { count, points } from '@/lib/wording/numbers';
import { isolate } from '@/lib/wording/text';

/** One cell of the alignment heatmap; `score` undefined (blank, not 0) when the pair shares no issue. */
export interface HeatmapCell {
  a: string;
  b: string;
  self: boolean;
  score?: number;
  compared: number;
  /** Strength of the fill, 0–60 (% of the heat colour mixed into the background); 0 for blanks. */
  shade: number;
  /** "72 of 100 over 4 issues", or "nothing comparable". */
  text: string;
}

/** Props of AlignmentHeatmap: a party × party grid, symmetrical. */
export interface HeatmapSeries {
  parties: PartyView[];
  rows: HeatmapCell[][];
  caption: string;
  description: string;
}

/** The fill strength for a score: 0–100 maps to 6–60 %, so even a low score is visibly not blank. */
export function heatShade(score: number | undefined): number {
  return score === undefined ? 0 : Math.round(6 + (score / 100) * 54);
}

function cellText(pair: PairAlignment | undefined): string {
  if (!pair || pair.score === undefined) return 'nothing comparable';
  return `${points(pair.score)} of 100 over ${count(pair.compared, 'issue')}`;
}

/**
 * The `limit` parties most in disagreement, in their given order: ranked by mean alignment with
 * the others over the pairs that have a score (lowest first; ties keep the given order), parties
 * with no scored pair last. All of them when there are no more than `limit`.
 */
export function partiesMostInDisagreement(
  parties: readonly string[],
  alignment: readonly PairAlignment[],
  limit: number,
): string[] {
  if (parties.length <= limit) return [...parties];
  const totals = new Map<string, { sum: number; pairs: number }>();
  for (const pair of alignment) {
    if (pair.score === undefined) continue;
    for (const id of [pair.a, pair.b]) {
      const t = totals.get(id) ?? { sum: 0, pairs: 0 };
      t.sum += pair.score;
      t.pairs++;
      totals.set(id, t);
    }
  }
  const mean = (id: string) => {
    const t = totals.get(id);
    return t ? t.sum / t.pairs : Infinity;
  };
  const order = new Map(parties.map((id, i) => [id, i]));
  const ranked = [...parties].sort(
    (x, y) => mean(x) - mean(y) || (order.get(x) ?? 0) - (order.get(y) ?? 0),
  );
  const chosen = new Set(ranked.slice(0, Math.max(0, limit)));
  return parties.filter((id) => chosen.has(id));
}

/**
 * The alignment matrix as a grid of cells in the given party order (both triangles filled).
 * With `limit`, only the `limit` parties most in disagreement are drawn (the caption says so and
 * still speaks of every pair); without it, every party (the CSV).
 */
export function alignmentHeatmap(
  dataset: Dataset,
  allParties: readonly string[],
  alignment: readonly PairAlignment[],
  limit?: number,
): HeatmapSeries {
  const parties =
    limit === undefined ? allParties : partiesMostInDisagreement(allParties, alignment, limit);
  const drawn = new Set(parties);
  const styles = partyViews(dataset.parties);
  const byPair = new Map<string, PairAlignment>();
  for (const pair of alignment) {
    byPair.set(`${pair.a}|${pair.b}`, pair);
    byPair.set(`${pair.b}|${pair.a}`, pair);
  }
  const list = parties.map((id) => styles.get(id)).filter((p): p is PartyView => !!p);
  const rows = list.map((row) =>
    list.map((col): HeatmapCell => {
      if (row.id === col.id)
        return { a: row.id, b: col.id, self: true, compared: 0, shade: 0, text: 'same party' };
      const pair = byPair.get(`${row.id}|${col.id}`);
      const cell: HeatmapCell = {
        a: row.id,
        b: col.id,
        self: false,
        compared: pair?.compared ?? 0,
        shade: heatShade(pair?.score),
        text: cellText(pair),
      };
      if (pair?.score !== undefined) cell.score = pair.score;
      return cell;
    }),
  );
  const bound =
    parties.length < allParties.length
      ? ` Drawn: the ${parties.length} of ${allParties.length} parties most in disagreement (lowest mean alignment with the others); the CSV has every pair.`
      : '';
  const caption = heatmapCaption(alignment, styles) + bound;
  const description = `Alignment of each pair of parties, 0 to 100 (100 = same positions). ${caption} ${alignment
    .filter((p) => drawn.has(p.a) && drawn.has(p.b))
    .map(
      (p) =>
        `${isolate(styles.get(p.a)?.name ?? p.a)} and ${isolate(styles.get(p.b)?.name ?? p.b)}: ${cellText(p)}.`,
    )
    .join(' ')}`;
  return { parties: list, rows, caption, description };
}

/** RULE: a pair's score over fewer than this many shared issues is called thin evidence in the caption. */
export const THIN_BASIS = 3;

/**
 * "Most aligned: A and B, 90 of 100 over 4 issues; least aligned: C and D, 30 of 100 over 6
 * issues." Ties go to the pair with more shared issues; a pair named on fewer than THIN_BASIS
 * shared issues is marked "only", and the caption then says such scores rest on little evidence.
 */
export function heatmapCaption(
  alignment: readonly PairAlignment[],
  parties: Map<string, PartyView>,
): string {
  const scored = alignment.filter((p) => p.score !== undefined);
  const blank = alignment.length - scored.length;
  const name = (id: string) => isolate(parties.get(id)?.name ?? id);
  const thin = (p: PairAlignment) => p.compared < THIN_BASIS;
  const describe = (p: PairAlignment) =>
    `${name(p.a)} and ${name(p.b)}, ${cellText(p)}${thin(p) ? ' only' : ''}`;
  const [first] = scored;
  if (!first) return 'No pair of parties has taken a position on the same issue.';
  let most = first;
  let least = first;
  for (const p of scored) {
    const score = p.score ?? 0;
    if (score > (most.score ?? 0) || (score === most.score && p.compared > most.compared)) most = p;
    if (score < (least.score ?? 0) || (score === least.score && p.compared > least.compared))
      least = p;
  }
  const parts = [`Most aligned: ${describe(most)}`];
  if (least !== most) parts.push(`least aligned: ${describe(least)}`);
  if (blank)
    parts.push(
      `${count(blank, 'pair')} share${blank === 1 ? 's' : ''} no issue and ${blank === 1 ? 'is' : 'are'} left blank`,
    );
  const caution =
    thin(most) || thin(least)
      ? ` A score over fewer than ${THIN_BASIS} shared issues rests on little evidence.`
      : '';
  return `${parts.join('; ')}.${caution}`;
}
