import { type Pager, pageNumbers } from '@/lib/matrix/pages';
import type { Dataset, Source } from '@/lib/model';
import { citationsByQuote } from '@/lib/sourceText/citations';
import type { TextBlock } from '@/lib/sourceText/sourceDocument';
import { type QuotedPassage, type SourceView, sourceView } from '@/lib/sourceText/sourceView';

/**
 * RULE: a source page lists at most this many quoted passages, with the stretch of text that
 * holds their first appearances; a longer list is paged (a source quoted thousands of times would
 * otherwise be a page of tens of megabytes).
 */
export const PASSAGES_PER_PAGE = 100;

/** One page of a source: its passages, the text around them, and where the others are. */
export interface SourcePage {
  /** This page's number, from 1 (after clamping to the pages there are). */
  page: number;
  pageCount: number;
  passages: QuotedPassage[];
  /** The text from this page's first passage to the next page's (all of it on a single page). */
  blocks?: TextBlock[];
  /** The page of every passage, by key (for links to a passage on another page). */
  pageOf: ReadonlyMap<string, number>;
  /** Numbers of the first and last passage shown; both 0 when there are none. */
  first: number;
  last: number;
  total: number;
  /** The page asked for, when it did not exist and the last page is shown instead. */
  missing?: number;
}

/** Where in the text each passage first appears, as an index into the runs of all blocks in order. */
function firstRunIndex(blocks: readonly TextBlock[]): Map<string, number> {
  const at = new Map<string, number>();
  let index = 0;
  for (const block of blocks)
    for (const run of block.runs) {
      for (const key of run.anchors) if (!at.has(key)) at.set(key, index);
      index++;
    }
  return at;
}

/** The blocks holding runs [from, to) of all blocks in order, cut blocks keeping their kind. */
function sliceRuns(blocks: readonly TextBlock[], from: number, to: number): TextBlock[] {
  const out: TextBlock[] = [];
  let index = 0;
  for (const block of blocks) {
    const start = index;
    index += block.runs.length;
    if (index <= from || start >= to) continue;
    out.push({
      kind: block.kind,
      runs: block.runs.slice(Math.max(0, from - start), Math.min(block.runs.length, to - start)),
    });
  }
  return out;
}

/**
 * Page `requested` of a source, or the page holding `passage` (a passage's anchor, as links from
 * elsewhere carry it) when no page is asked for. Passages are cut into pages of `perPage` in their
 * numbered order (first appearance in the text); a page's text runs from its first passage's first
 * appearance (the start of the text on page 1) to the next page's (the end on the last), and also
 * holds its own last passage where two pages' passages start together.
 */
export function sourcePage(
  view: Pick<SourceView, 'blocks' | 'passages'>,
  requested: { page?: number; passage?: string },
  perPage: number = PASSAGES_PER_PAGE,
): SourcePage {
  const size = Math.max(1, Math.floor(perPage));
  const { passages, blocks } = view;
  const pageCount = Math.max(1, Math.ceil(passages.length / size));
  const pageOf = new Map(passages.map((p, i) => [p.key, Math.floor(i / size) + 1]));
  const wanted =
    requested.page ??
    (requested.passage !== undefined ? pageOf.get(requested.passage) : undefined) ??
    1;
  const page = Math.min(Math.max(1, Math.floor(wanted)), pageCount);
  const start = (page - 1) * size;
  const shown = passages.slice(start, start + size);
  const result: SourcePage = {
    page,
    pageCount,
    passages: shown,
    pageOf,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: passages.length,
  };
  if (wanted !== page && requested.page !== undefined) result.missing = requested.page;
  if (!blocks) return result;
  if (pageCount === 1) return { ...result, blocks };
  const at = firstRunIndex(blocks);
  const runCount = blocks.reduce((n, b) => n + b.runs.length, 0);
  const found = shown.filter((p) => at.has(p.key));
  const next = passages[start + size];
  const nextAt = next ? at.get(next.key) : undefined;
  const firstAt = page === 1 ? 0 : found[0] ? at.get(found[0].key)! : undefined;
  // A page of passages that are not in the text (they come last) shows no text.
  if (firstAt === undefined) return { ...result, blocks: [] };
  const lastAt = at.get(found[found.length - 1]!.key) ?? firstAt;
  const to = nextAt === undefined ? runCount : Math.max(nextAt, lastAt + 1);
  return { ...result, blocks: sliceRuns(blocks, firstAt, to) };
}

/** Previous, next and page-number links over a source's pages; `href` makes a page's address. */
export function sourcePager(page: SourcePage, href: (page: number) => string): Pager {
  const pager: Pager = {
    links: pageNumbers(page.page, page.pageCount).map((p) =>
      p === 'gap' ? { gap: true } : { page: p, href: href(p), current: p === page.page },
    ),
  };
  if (page.page > 1) pager.previous = href(page.page - 1);
  if (page.page < page.pageCount) pager.next = href(page.page + 1);
  return pager;
}

/** The page and passage a source page's query asks for (`?page=`, `?passage=`); bad values are dropped. */
export function sourcePageRequest(query: Record<string, string | string[] | undefined>): {
  page?: number;
  passage?: string;
} {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const out: { page?: number; passage?: string } = {};
  const page = Number(one(query.page));
  if (Number.isInteger(page) && page >= 1 && page <= 100000) out.page = page;
  const passage = one(query.passage);
  if (passage && /^q-[a-z0-9-]{1,80}-[0-9a-f]{8}$/.test(passage)) out.passage = passage;
  return out;
}

// Views by dataset (the store hands out one object per version, and one per orientation) and
// source: finding 46,000 quotes in a 4 MB text takes seconds, and every page of it needs them all.
const views = new WeakMap<Dataset, Map<string, SourceView>>();

/** The source's view (sourceView with the dataset's citations), computed once per dataset and source. */
export function memoSourceView(
  dataset: Dataset,
  source: Source,
  text: string | undefined,
): SourceView {
  let bySource = views.get(dataset);
  if (!bySource) views.set(dataset, (bySource = new Map()));
  const key = source.id + '\u0000' + (text === undefined ? 'unread' : 'read');
  let view = bySource.get(key);
  if (!view) {
    view = sourceView(dataset, source, text, citationsByQuote(dataset));
    bySource.set(key, view);
  }
  return view;
}
