import { normaliseForQuote } from '@/lib/model';

/** One word, number or mark of a text, with the whitespace before it. */
export interface TextToken {
  /** The token as written. */
  text: string;
  /** The whitespace before it ('' at the start or inside "word,"). */
  space: string;
  /** What is compared: typographic quotes, apostrophes and dashes read as plain ones (case kept). */
  key: string;
}

/** A run of a word-level diff: the same in both texts, only in the old one, or only in the new. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  /** The run's text with its inner whitespace; a run after another starts with its space. */
  text: string;
}

// A number with separators ("1,000", "3.5", "2026-04"), then a word (letters, marks and digits,
// joined by an apostrophe or hyphen: "Osvald's", "counter-proposal", "12a"), then any other mark.
const TOKEN =
  /\p{N}+(?:[.,:/-]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC\u2010\u2011-][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** The tokens of a text, in order; right-to-left text is tokenised in logical (reading) order. */
export function tokenise(text: string): TextToken[] {
  const source = text.normalize('NFC');
  const out: TextToken[] = [];
  let end = 0;
  for (const m of source.matchAll(TOKEN)) {
    out.push({
      text: m[0],
      space: source.slice(end, m.index).replace(/\s+/g, ' '),
      key: normaliseForQuote(m[0]),
    });
    end = m.index + m[0].length;
  }
  return out;
}

/** Compared word lists longer than this (old × new tokens) are shown as one replacement. */
export const MAX_DIFF_CELLS = 4_000_000;

/**
 * A word-level diff of two texts: runs that are the same, removed from `before` or added in
 * `after`, in reading order (a removal before the addition that replaces it). Tokens are words,
 * numbers and single marks, so "30" → "40" or a changed quotation mark is its own change.
 * Concatenating the `same` and `added` runs gives `after` with its whitespace collapsed; the
 * `same` and `removed` runs give `before` (with `after`'s spacing around unchanged words). An
 * unchanged token alone between two changes is folded into them, so a rewritten phrase reads as
 * one replacement rather than a comb of small ones.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenise(before);
  const b = tokenise(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.key === b[start]!.key) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.key === b[endB - 1]!.key) {
    endA -= 1;
    endB -= 1;
  }
  const steps: { kind: DiffPart['kind']; token: TextToken }[] = [];
  for (let i = 0; i < start; i++) steps.push({ kind: 'same', token: b[i]! });
  steps.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  for (let j = endB; j < b.length; j++) steps.push({ kind: 'same', token: b[j]! });
  return joinRuns(foldLoneTokens(steps));
}

type Step = { kind: DiffPart['kind']; token: TextToken };

/** The longest common subsequence of the two token lists, as steps. */
function middle(a: readonly TextToken[], b: readonly TextToken[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n * m > MAX_DIFF_CELLS)
    return [
      ...a.map((token) => ({ kind: 'removed' as const, token })),
      ...b.map((token) => ({ kind: 'added' as const, token })),
    ];
  // lcs[i * (m + 1) + j]: the LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * width + j] =
        a[i]!.key === b[j]!.key
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
  const out: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      out.push({ kind: 'same', token: b[j]! });
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      out.push({ kind: 'removed', token: a[i]! });
      i += 1;
    } else {
      out.push({ kind: 'added', token: b[j]! });
      j += 1;
    }
  }
  for (; i < n; i++) out.push({ kind: 'removed', token: a[i]! });
  for (; j < m; j++) out.push({ kind: 'added', token: b[j]! });
  return reorder(out);
}

/** Within each stretch of changes, every removal before every addition. */
function reorder(steps: Step[]): Step[] {
  const out: Step[] = [];
  let removed: Step[] = [];
  let added: Step[] = [];
  const flush = () => {
    out.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const step of steps) {
    if (step.kind === 'removed') removed.push(step);
    else if (step.kind === 'added') added.push(step);
    else {
      flush();
      out.push(step);
    }
  }
  flush();
  return out;
}

/**
 * One unchanged token between two stretches of change that together remove and add something
 * becomes a removal and an addition of itself (quotation marks added round a word stay apart).
 */
function foldLoneTokens(steps: Step[]): Step[] {
  const kindsAround = (k: number, by: 1 | -1) => {
    const kinds = new Set<DiffPart['kind']>();
    for (let at = k + by; steps[at] !== undefined && steps[at]!.kind !== 'same'; at += by)
      kinds.add(steps[at]!.kind);
    return kinds;
  };
  const out: Step[] = [];
  steps.forEach((step, k) => {
    const left = step.kind === 'same' ? kindsAround(k, -1) : undefined;
    const right = step.kind === 'same' ? kindsAround(k, 1) : undefined;
    const replaces = left?.size && right?.size && new Set([...left, ...right]).size === 2;
    if (replaces)
      out.push({ kind: 'removed', token: step.token }, { kind: 'added', token: step.token });
    else out.push(step);
  });
  return reorder(out);
}

/** Adjacent steps of one kind as one run of text. */
function joinRuns(steps: Step[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const { kind, token } of steps) {
    const last = out.at(-1);
    const space = out.length === 0 ? '' : token.space;
    if (last && last.kind === kind) last.text += space + token.text;
    else out.push({ kind, text: space + token.text });
  }
  return out;
}

/** The word tokens of a text (letters and digits, lowercased, marks left out), for similarity. */
export function wordsOf(text: string): string[] {
  return tokenise(text)
    .map((t) => t.key.toLowerCase())
    .filter((k) => /[\p{L}\p{N}]/u.test(k));
}
