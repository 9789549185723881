import {
  DASHES,
  DOUBLE_QUOTES,
  EMPHASIS_MARKS,
  SINGLE_QUOTES,
  normaliseForQuote,
} from '@/lib/model';

/**
 * A text normalised as normaliseForQuote does it, with, for every character of the normalised
 * text, the stretch [start, end) of the original text it came from.
 */
export interface NormalisedText {
  text: string;
  start: number[];
  end: number[];
}

const SPACE = /\s/;
const MARK = /\p{M}/u;

/** The cluster [i, j) starting at i: one code point and the combining marks after it (what NFC may merge). */
function clusterEnd(text: string, i: number): number {
  let j = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
  while (j < text.length) {
    const cp = text.codePointAt(j)!;
    if (!MARK.test(String.fromCodePoint(cp))) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/**
 * Normalises `original` step by step exactly like normaliseForQuote (NFC, plain quotes and
 * hyphens, emphasis marks dropped, whitespace runs collapsed, trimmed), remembering where each
 * normalised character came from, so a match in the normalised text maps back to the original.
 */
export function normaliseWithMap(original: string): NormalisedText {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let lastWasSpace = false;
  const push = (raw: string, from: number, to: number) => {
    if (EMPHASIS_MARKS.test(raw)) return;
    if (SPACE.test(raw)) {
      if (lastWasSpace) {
        end[end.length - 1] = to; // the run grows; it still stands for one space
        return;
      }
      lastWasSpace = true;
      raw = ' ';
    } else lastWasSpace = false;
    chars.push(raw);
    start.push(from);
    end.push(to);
  };
  for (let i = 0; i < original.length;) {
    const code = original.charCodeAt(i);
    // Fast path: ASCII other than the backtick, not followed by a combining mark, is left as is.
    if (code < 0x80 && code !== 0x60 && !(original.charCodeAt(i + 1) >= 0x300)) {
      push(original[i]!, i, i + 1);
      i++;
      continue;
    }
    const j = clusterEnd(original, i);
    for (const raw of original.slice(i, j).normalize('NFC')) {
      if (SINGLE_QUOTES.test(raw)) push("'", i, j);
      else if (DOUBLE_QUOTES.test(raw)) push('"', i, j);
      else if (DASHES.test(raw)) push('-', i, j);
      else push(raw, i, j);
    }
    i = j;
  }
  // trim, as normaliseForQuote does
  let from = 0;
  let to = chars.length;
  while (from < to && chars[from] === ' ') from++;
  while (to > from && chars[to - 1] === ' ') to--;
  return {
    text: chars.slice(from, to).join(''),
    start: start.slice(from, to),
    end: end.slice(from, to),
  };
}

/** A quoted passage found in a source: the stretch [start, end) of the ORIGINAL text. */
export interface QuoteRange {
  /** The caller's key for the quote (e.g. its anchor). */
  key: string;
  start: number;
  end: number;
  /** 0 for the first place the quote appears, 1 for the second, … */
  occurrence: number;
}

/**
 * Every place each quote appears in `original`, matched after normalising both sides, as ranges of
 * the original text (so line breaks, typographic quotes, dashes and emphasis marks inside a
 * passage are kept). A quote that appears twice gives two ranges; ranges of different quotes may
 * overlap. A quote that is empty after normalising, or not found, gives none. Sorted by start, then longest first.
 */
export function findQuoteRanges(
  original: string,
  quotes: readonly { key: string; quote: string }[],
): QuoteRange[] {
  const index = normaliseWithMap(original);
  // needle → keys (in order); several quotes may normalise to the same needle
  const needles = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const { key, quote } of quotes) {
    if (seen.has(key)) continue;
    seen.add(key);
    const needle = normaliseForQuote(quote);
    if (!needle) continue;
    needles.set(needle, [...(needles.get(needle) ?? []), key]);
  }
  const ranges: QuoteRange[] = [];
  for (const [needle, at] of occurrences(index.text, [...needles.keys()])) {
    at.forEach((position, occurrence) => {
      const start = index.start[position]!;
      const end = index.end[position + needle.length - 1]!;
      for (const key of needles.get(needle) ?? []) ranges.push({ key, start, end, occurrence });
    });
  }
  return ranges.sort((x, y) => x.start - y.start || y.end - x.end);
}

const CHUNK = 8;
const LEAF = 8;

/** A burst trie over needles: chunks of CHUNK characters lead down until few needles remain. */
interface NeedleNode {
  /** Needles that end within this node's chunk, or every needle here when this is a leaf. */
  here: string[];
  children?: Map<string, NeedleNode>;
}

function buildNode(needles: string[], depth: number): NeedleNode {
  if (needles.length <= LEAF) return { here: needles };
  const here: string[] = [];
  const groups = new Map<string, string[]>();
  for (const needle of needles) {
    if (needle.length < depth + CHUNK) here.push(needle);
    else {
      const chunk = needle.slice(depth, depth + CHUNK);
      const group = groups.get(chunk);
      if (group) group.push(needle);
      else groups.set(chunk, [needle]);
    }
  }
  const children = new Map<string, NeedleNode>();
  for (const [chunk, group] of groups) children.set(chunk, buildNode(group, depth + CHUNK));
  return { here, children };
}

/**
 * Where each needle appears in `text` (non-overlapping appearances of the same needle), found in
 * one pass over the text with a burst trie, so thousands of quotes that share long openings
 * over a long text cost about one scan rather than one scan each.
 */
function occurrences(text: string, needles: readonly string[]): Map<string, number[]> {
  const found = new Map<string, number[]>(needles.map((needle) => [needle, []]));
  const root = buildNode([...found.keys()], 0);
  const nextFree = new Map<string, number>();
  const check = (needle: string, i: number) => {
    if (i < (nextFree.get(needle) ?? 0) || !text.startsWith(needle, i)) return;
    found.get(needle)!.push(i);
    nextFree.set(needle, i + needle.length);
  };
  for (let i = 0; i < text.length; i++) {
    let node: NeedleNode | undefined = root;
    for (let depth = 0; node; depth += CHUNK) {
      for (const needle of node.here) check(needle, i);
      node = node.children?.get(text.slice(i + depth, i + depth + CHUNK));
    }
  }
  return found;
}
