import { normaliseForQuote } from './quotes';

/** A word of a text: its lowercased form and where it starts and ends in the text. */
interface Word {
  word: string;
  start: number;
  end: number;
}

// Letters and digits, except the modifier apostrophes (ʻ ʼ) that stand in for an apostrophe.
const WORD = /(?:(?![\u02BB\u02BC])[\p{L}\p{N}])+/gu;
/** Texts shorter than this are scanned whole; longer ones are searched from anchor words. */
const SCAN_WHOLE_BELOW = 400_000;
/** Anchors tried per quote, of each kind: the longest distinct words and word pairs. */
const ANCHORS = 8;
/** An anchor found more often than this is too common to place the quote. */
const MAX_HITS = 400;
/** Candidate places compared word by word, best-supported first. */
const CANDIDATES = 12;
/** Longest passage shown; longer ones are cut with an ellipsis, kept around the first difference. */
const SHOWN = 200;

function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    // A region cut inside a word starts at the next whole word.
    if (m.index === from && from > 0 && isWordChar(text[from - 1])) continue;
    out.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const isWordChar = (ch: string | undefined) =>
  ch !== undefined && /^(?:(?![\u02BB\u02BC])[\p{L}\p{N}])$/u.test(ch);

/**
 * The window of `quote.length` words in `words` sharing most words with the quote, then most
 * word pairs, then most words in the same place; its score is the share of the quote's words
 * it holds, 0 to 1.
 */
function bestWindow(quote: string[], words: Word[]): { from: number; to: number; score: number } {
  const n = Math.min(quote.length, words.length);
  const want = new Map<string, number>();
  for (const w of quote) want.set(w, (want.get(w) ?? 0) + 1);
  const pairs = new Set(quote.slice(1).map((w, i) => `${quote[i]} ${w}`));
  const have = new Map<string, number>();
  let shared = 0;
  let sharedPairs = 0;
  const pairAt = (i: number) => pairs.has(`${words[i]?.word} ${words[i + 1]?.word}`);
  const add = (w: string, by: 1 | -1) => {
    const count = have.get(w) ?? 0;
    const limit = want.get(w) ?? 0;
    if (by === 1 && count < limit) shared += 1;
    if (by === -1 && count <= limit && count > 0) shared -= 1;
    have.set(w, count + by);
  };
  const aligned = (from: number) => {
    let same = 0;
    for (let k = 0; k < n; k += 1) if (words[from + k]?.word === quote[k]) same += 1;
    return same;
  };
  let best = { from: 0, to: n - 1, score: -1, pairs: -1, aligned: -1 };
  for (let i = 0; i < words.length; i += 1) {
    add(words[i]!.word, 1);
    if (i > 0 && pairAt(i - 1)) sharedPairs += 1;
    const from = i - n + 1;
    if (from > 0) {
      add(words[from - 1]!.word, -1);
      if (pairAt(from - 1)) sharedPairs -= 1;
    }
    if (from < 0) continue;
    if (shared < best.score || (shared === best.score && sharedPairs < best.pairs)) continue;
    const same = shared > 0 ? aligned(from) : 0;
    if (shared > best.score || sharedPairs > best.pairs || same > best.aligned)
      best = { from, to: i, score: shared, pairs: sharedPairs, aligned: same };
  }
  return { from: best.from, to: best.to, score: Math.max(0, best.score) / quote.length };
}

/** A piece of the quote searched for in the text: a long word, or two words with one space. */
interface Anchor {
  text: string;
  /** Where it starts in the normalised quote. */
  start: number;
}

/** The quote's longest words and word pairs, distinct: the pieces most likely to be rare. */
function anchorsOf(quote: Word[]): Anchor[] {
  const byLength = (list: Anchor[]) =>
    [...new Map(list.map((a) => [a.text, a])).values()]
      .sort((a, b) => b.text.length - a.text.length)
      .slice(0, ANCHORS);
  const singles = quote
    .filter((w) => w.word.length >= 3)
    .map((w) => ({ text: w.word, start: w.start }));
  const pairs = quote
    .slice(1)
    .map((w, i) => ({ text: `${quote[i]!.word} ${w.word}`, start: quote[i]!.start }));
  return [...byLength(singles), ...byLength(pairs)];
}

/**
 * Where the quote probably starts in the text: each anchor found (as a whole word) votes for
 * the stretch it implies; anchors found too often are ignored, and the stretches most anchors
 * agree on come first.
 */
function candidateStarts(quote: Word[], text: string, lower: string, span: number): number[] {
  const votes = new Map<number, Set<string>>();
  const bucket = Math.max(32, Math.ceil(span / 2));
  for (const anchor of anchorsOf(quote)) {
    const hits: number[] = [];
    for (let at = lower.indexOf(anchor.text); at !== -1; at = lower.indexOf(anchor.text, at + 1)) {
      if (isWordChar(text[at - 1]) || isWordChar(text[at + anchor.text.length])) continue;
      hits.push(at);
      if (hits.length > MAX_HITS) break;
    }
    if (hits.length > MAX_HITS) continue;
    for (const at of hits) {
      const key = Math.floor(Math.max(0, at - anchor.start) / bucket);
      const voters = votes.get(key) ?? new Set<string>();
      voters.add(anchor.text);
      votes.set(key, voters);
    }
  }
  return [...votes.entries()]
    .sort((a, b) => b[1].size - a[1].size || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([key]) => key * bucket);
}

/** A lowercased copy of the text with every character at its original offset. */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (such as "İ") grow when lowercased; keep those as they are.
  return text.replace(/[^\p{Ll}]/gu, (ch) => {
    const l = ch.toLowerCase();
    return l.length === ch.length ? l : ch;
  });
}

/**
 * The passage shown in a message, on one line and at most SHOWN characters: a long one starts
 * a few words before the first word that differs from the quote, so the difference is in view.
 */
function shownPassage(text: string, words: Word[], quote: string[]): string {
  const first = words[0]!;
  const last = words.at(-1)!;
  const whole = text.slice(first.start, last.end).replace(/\s+/g, ' ').trim();
  if (whole.length <= SHOWN) return whole;
  const differs = words.findIndex((w, k) => w.word !== quote[k]);
  const from = differs > 5 ? words[differs - 5]!.start : first.start;
  const line = text.slice(from, last.end).replace(/\s+/g, ' ').trim();
  const cut = line.length > SHOWN ? `${line.slice(0, SHOWN - 1).trimEnd()}…` : line;
  return from > first.start ? `…${cut}` : cut;
}

/**
 * A finder of the passage of `text` nearest to a quote that is not in it verbatim: the run of
 * words sharing most words (then word pairs) with the quote, as written in the source, or
 * undefined when no passage shares at least a third of its words. Short texts are scanned
 * whole; long ones (up to the 25 MB file limit) only around the places where the quote's
 * longest words occur, so one search stays well under a second.
 */
export function passageFinder(text: string): (quote: string) => string | undefined {
  let lower: string | undefined;
  let all: Word[] | undefined;
  return (quoteText) => {
    const quote = wordsOf(normaliseForQuote(quoteText));
    if (quote.length === 0) return undefined;
    const words = quote.map((w) => w.word);
    const span = normaliseForQuote(quoteText).length;
    let best: { words: Word[]; from: number; to: number; score: number } | undefined;
    const consider = (region: Word[]) => {
      if (region.length === 0) return;
      const found = bestWindow(words, region);
      if (!best || found.score > best.score) best = { words: region, ...found };
    };
    if (text.length < SCAN_WHOLE_BELOW) {
      all ??= wordsOf(text);
      consider(all);
    } else {
      lower ??= lowerInPlace(text);
      for (const start of candidateStarts(quote, text, lower, span))
        consider(wordsOf(text, Math.max(0, start - span), start + 2 * span + 64));
    }
    const found = best as { words: Word[]; from: number; to: number; score: number } | undefined;
    if (!found || found.score < 1 / 3) return undefined;
    const window = found.words.slice(found.from, found.to + 1);
    return window.length ? shownPassage(text, window, words) : undefined;
  };
}

/** The passage of `text` nearest to `quote` (see passageFinder), or undefined. */
export function nearestPassage(quote: string, text: string): string | undefined {
  return passageFinder(text)(quote);
}
