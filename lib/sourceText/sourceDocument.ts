import type { QuoteRange } from './quoteRanges';

/** A stretch of source text drawn the same way: plain or bold, inside the same set of quotes. */
export interface TextRun {
  text: string;
  bold: boolean;
  /** Keys of every quote covering this run (more than one where quotes overlap). */
  quotes: string[];
  /** Keys of quotes whose first appearance starts here: the run carries their anchors. */
  anchors: string[];
  /** Keys of quotes (any appearance) that end with this run: where to put the link back. */
  ends: string[];
}

/** A paragraph or a heading of a source text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  runs: TextRun[];
}

const BLANK_LINE = /\n[ \t\r]*\n\s*/g;
const HEADING = /^#{1,6}[ \t]+/;
const BOLD = '**';

/** Paragraphs of `text` split at blank lines, as [start, end) with surrounding whitespace trimmed. */
function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (a < b) out.push([a, b]);
  };
  for (const match of text.matchAll(BLANK_LINE)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return out;
}

/** All range boundaries, sorted, so each paragraph finds its own with a moving pointer. */
function boundaries(ranges: readonly QuoteRange[]): number[] {
  return [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((x, y) => x - y);
}

/**
 * The source text as blocks of runs ready to draw as React elements: paragraphs at blank lines,
 * `#` lines as headings (marks dropped), `**bold**` as bold (marks dropped), and each run tagged
 * with the quotes (ranges of the original text, from findQuoteRanges) that cover it.
 * One sweep over the text: the quotes open at a run are kept in a set (quotes rarely nest deep).
 */
export function sourceDocument(text: string, ranges: readonly QuoteRange[]): TextBlock[] {
  const byStart = [...ranges].sort((x, y) => x.start - y.start || y.end - x.end);
  const edges = boundaries(byStart);
  const anchored = new Set<string>();
  const open = new Set<QuoteRange>();
  let nextRange = 0;
  let nextEdge = 0;
  return paragraphs(text).map(([from, to]) => {
    const heading = HEADING.exec(text.slice(from, to));
    const start = heading ? from + heading[0].length : from;
    // cut points: quote starts and ends, and bold marks (which are dropped)
    const marks = new Set<number>();
    for (let i = text.indexOf(BOLD, start); i >= 0 && i < to; i = text.indexOf(BOLD, i + 2))
      marks.add(i);
    const cuts = new Set<number>([start, to]);
    for (const i of marks) cuts.add(i).add(i + BOLD.length);
    while (nextEdge < edges.length && edges[nextEdge]! <= start) nextEdge++;
    for (; nextEdge < edges.length && edges[nextEdge]! < to; nextEdge++) cuts.add(edges[nextEdge]!);
    const points = [...cuts].filter((i) => i >= start && i <= to).sort((x, y) => x - y);
    const runs: TextRun[] = [];
    let bold = false;
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k]!;
      const b = points[k + 1]!;
      if (marks.has(a) && b === a + BOLD.length) {
        bold = !bold;
        continue;
      }
      for (const r of open) if (r.end <= a) open.delete(r);
      for (; nextRange < byStart.length && byStart[nextRange]!.start < b; nextRange++) {
        const r = byStart[nextRange]!;
        if (r.end > a) open.add(r);
      }
      const covering = [...open];
      const run: TextRun = {
        text: text.slice(a, b),
        bold,
        quotes: covering.map((r) => r.key),
        anchors: [],
        ends: covering.filter((r) => r.end <= b).map((r) => r.key),
      };
      for (const r of covering) {
        if (r.occurrence === 0 && !anchored.has(r.key)) {
          anchored.add(r.key);
          run.anchors.push(r.key);
        }
      }
      runs.push(run);
    }
    return { kind: heading ? 'heading' : 'paragraph', runs };
  });
}
