import { normaliseForQuote } from '@/lib/model';
import { wordsOf } from './wordDiff';

/** What happened to a clause between two texts. */
export type PairingKind = 'kept' | 'changed' | 'split' | 'merged' | 'dropped' | 'added';

/**
 * One line of a redline: indexes into the old text's clauses (`a`) and the new one's (`b`).
 * kept and changed pair one with one; split is one old clause become several new ones, merged
 * the reverse; dropped has only `a`, added only `b`.
 */
export interface ClausePairing {
  kind: PairingKind;
  a: number[];
  b: number[];
  /** Share of words in common (Dice over word counts, 0-1) of the paired texts, where paired. */
  similarity?: number;
}

/** What pairing reads of a clause. */
export interface PairableClause {
  number: string;
  text: string;
  issues?: readonly { issue: string }[];
}

/** Two clauses sharing at least this share of their words are paired, whatever their numbers. */
export const SIMILAR_TEXT = 0.5;
/** Two clauses with the same number are paired from this share of words in common, or when they name a common issue. */
export const SIMILAR_WITH_NUMBER = 0.3;
/** A new clause is part of an old one (a split) when this share of its words are in the old one. */
export const PART_OF = 0.75;
/** ... and the parts together cover this share of the old clause's words. */
export const PARTS_COVER = 0.75;
/** A part has at least this many words, so a short stock phrase is never read as a split. */
export const PART_MIN_WORDS = 3;

type Counts = Map<string, number>;

function counts(words: readonly string[]): Counts {
  const out: Counts = new Map();
  for (const w of words) out.set(w, (out.get(w) ?? 0) + 1);
  return out;
}

/** Words in common, each counted as often as it is in both. */
function common(x: Counts, y: Counts): number {
  let n = 0;
  for (const [w, k] of x) n += Math.min(k, y.get(w) ?? 0);
  return n;
}

/** The share of words two texts have in common: 2 × common / (words of one + words of the other). */
export function textSimilarity(x: string, y: string): number {
  const a = wordsOf(x);
  const b = wordsOf(y);
  if (a.length + b.length === 0) return 1;
  return (2 * common(counts(a), counts(b))) / (a.length + b.length);
}

interface Prepared {
  number: string;
  issues: ReadonlySet<string>;
  exact: string;
  words: Counts;
  size: number;
}

function prepare(clause: PairableClause): Prepared {
  const words = wordsOf(clause.text);
  return {
    number: clause.number,
    issues: new Set(clause.issues?.map((link) => link.issue)),
    exact: normaliseForQuote(clause.text),
    words: counts(words),
    size: words.length,
  };
}

const dice = (x: Prepared, y: Prepared) =>
  x.size + y.size === 0 ? 1 : (2 * common(x.words, y.words)) / (x.size + y.size);

/** The share of `whole`'s words that the parts hold between them. */
function coverage(whole: Prepared, parts: readonly Prepared[]): number {
  if (whole.size === 0) return 1;
  const pooled: Counts = new Map();
  for (const part of parts)
    for (const [w, k] of part.words) pooled.set(w, (pooled.get(w) ?? 0) + k);
  return common(whole.words, pooled) / whole.size;
}

/**
 * Pairs the clauses of an old text with those of a new one, in four passes:
 * 1. the same words (typographic quotes, dashes and spacing aside): kept, whatever the numbers,
 *    the same number first;
 * 2. one with one, best first: a pair sharing at least SIMILAR_TEXT of their words, or with
 *    the same number either SIMILAR_WITH_NUMBER of their words or an issue (changed); the same
 *    number counts for a tenth of similarity in the order;
 * 3. one into several: an old clause whose words are covered by new clauses that each come
 *    mostly from it (split), and several into one (merged);
 * 4. the rest: dropped (old only) and added (new only).
 * Lines come in the new text's order, a dropped clause after the line of the old clause before it.
 */
export function pairClauses(
  before: readonly PairableClause[],
  after: readonly PairableClause[],
): ClausePairing[] {
  const a = before.map(prepare);
  const b = after.map(prepare);
  const pairOfA = new Map<number, number>();
  const pairOfB = new Map<number, number>();
  const lines: ClausePairing[] = [];
  const link = (i: number, j: number, kind: 'kept' | 'changed', similarity: number) => {
    pairOfA.set(i, j);
    pairOfB.set(j, i);
    lines.push({ kind, a: [i], b: [j], similarity });
  };

  // 1. Same words.
  const exact = (sameNumber: boolean) =>
    a.forEach((x, i) => {
      if (pairOfA.has(i)) return;
      const j = b.findIndex(
        (y, k) => !pairOfB.has(k) && y.exact === x.exact && (!sameNumber || y.number === x.number),
      );
      if (j !== -1) link(i, j, 'kept', 1);
    });
  exact(true);
  exact(false);

  // 2. One with one, best first.
  const candidates: { i: number; j: number; score: number; similarity: number }[] = [];
  a.forEach((x, i) => {
    if (pairOfA.has(i)) return;
    b.forEach((y, j) => {
      if (pairOfB.has(j)) return;
      const similarity = dice(x, y);
      const sameNumber = x.number === y.number;
      const sameIssue = [...x.issues].some((issue) => y.issues.has(issue));
      if (
        similarity >= SIMILAR_TEXT ||
        (sameNumber && (similarity >= SIMILAR_WITH_NUMBER || sameIssue))
      )
        candidates.push({ i, j, similarity, score: similarity + (sameNumber ? 0.1 : 0) });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const c of candidates)
    if (!pairOfA.has(c.i) && !pairOfB.has(c.j)) link(c.i, c.j, 'changed', c.similarity);

  // 3. Splits, then merges. `paired` maps a whole to its one-with-one partner; `busy` parts
  // are in some line already, `grouped` wholes in a split or merge.
  const splits = (
    wholes: Prepared[],
    parts: Prepared[],
    paired: ReadonlyMap<number, number>,
    busy: ReadonlySet<number>,
    grouped: ReadonlySet<number>,
  ) => {
    const byWhole = new Map<number, number[]>();
    parts.forEach((part, p) => {
      if (busy.has(p) || part.size < PART_MIN_WORDS) return;
      let best: { w: number; share: number } | undefined;
      wholes.forEach((whole, w) => {
        if (grouped.has(w)) return;
        const share = common(part.words, whole.words) / part.size;
        if (share >= PART_OF && (!best || share > best.share)) best = { w, share };
      });
      if (best) byWhole.set(best.w, [...(byWhole.get(best.w) ?? []), p]);
    });
    const found: { whole: number; parts: number[]; replaces?: number }[] = [];
    for (const [w, extra] of byWhole) {
      const partner = paired.get(w);
      const all = [...(partner === undefined ? [] : [partner]), ...extra].sort((x, y) => x - y);
      if (all.length < 2) continue;
      const alone = partner === undefined ? 0 : coverage(wholes[w]!, [parts[partner]!]);
      const together = coverage(
        wholes[w]!,
        all.map((p) => parts[p]!),
      );
      if (together >= PARTS_COVER && together - alone >= 0.15)
        found.push({
          whole: w,
          parts: all,
          ...(partner === undefined ? {} : { replaces: partner }),
        });
    }
    return found;
  };
  const oneWithOne = (line: ClausePairing) => line.kind === 'kept' || line.kind === 'changed';
  const unlink = (i: number, j: number) => {
    const at = lines.findIndex((l) => oneWithOne(l) && l.a[0] === i && l.b[0] === j);
    if (at !== -1) lines.splice(at, 1);
  };
  const group = (kind: 'split' | 'merged', oldOnes: number[], newOnes: number[]) => {
    for (const i of oldOnes) pairOfA.set(i, newOnes[0]!);
    for (const j of newOnes) pairOfB.set(j, oldOnes[0]!);
    const joinedA = oldOnes.map((i) => before[i]!.text).join(' ');
    const joinedB = newOnes.map((j) => after[j]!.text).join(' ');
    lines.push({ kind, a: oldOnes, b: newOnes, similarity: textSimilarity(joinedA, joinedB) });
  };
  const pass = (direction: 'split' | 'merged') => {
    const split = direction === 'split';
    const pairs = lines.filter(oneWithOne).map((l) => [l.a[0]!, l.b[0]!] as const);
    const paired = new Map(pairs.map(([i, j]) => (split ? [i, j] : [j, i])));
    const busy = new Set((split ? pairOfB : pairOfA).keys());
    const grouped = new Set(
      lines.filter((l) => !oneWithOne(l)).flatMap((l) => (split ? l.a : l.b)),
    );
    for (const found of split
      ? splits(a, b, paired, busy, grouped)
      : splits(b, a, paired, busy, grouped)) {
      const [i, j] = split ? [found.whole, found.replaces] : [found.replaces, found.whole];
      if (found.replaces !== undefined) unlink(i!, j!);
      if (split) group('split', [found.whole], found.parts);
      else group('merged', found.parts, [found.whole]);
    }
  };
  pass('split');
  pass('merged');

  // 4. The rest.
  b.forEach((_, j) => {
    if (!pairOfB.has(j)) lines.push({ kind: 'added', a: [], b: [j] });
  });
  a.forEach((_, i) => {
    if (!pairOfA.has(i)) lines.push({ kind: 'dropped', a: [i], b: [] });
  });
  return inReadingOrder(lines);
}

/** Lines by the new text's order; a dropped clause goes after the line of the old clause before it. */
function inReadingOrder(lines: ClausePairing[]): ClausePairing[] {
  const lineOfA = new Map<number, ClausePairing>();
  for (const line of lines) for (const i of line.a) lineOfA.set(i, line);
  const place = new Map<ClausePairing, number>();
  const placeOf = (line: ClausePairing, depth = 0): number => {
    const known = place.get(line);
    if (known !== undefined) return known;
    let at: number;
    if (line.b.length) at = Math.min(...line.b);
    else {
      // After the nearest earlier old clause that has a place, else before everything.
      const i = line.a[0]!;
      at = -1;
      for (let k = i - 1; k >= 0 && depth < 10_000; k--) {
        const earlier = lineOfA.get(k);
        if (earlier && earlier.b.length) {
          at = placeOf(earlier, depth + 1);
          break;
        }
      }
      at += 0.5 + i / (2 * (lineOfA.size + 1));
    }
    place.set(line, at);
    return at;
  };
  return [...lines].sort((x, y) => placeOf(x) - placeOf(y));
}
