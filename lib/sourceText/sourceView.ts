import type { Dataset, Evidence, Source } from '@/lib/model';
import { quoteAnchor } from '@/lib/url/anchors';
import type { Citation } from './citations';
import { findQuoteRanges } from './quoteRanges';
import { type TextBlock, sourceDocument } from './sourceDocument';

/** A passage of a source that the dataset quotes, with what cites it. */
export interface QuotedPassage {
  /** The passage's anchor (quoteAnchor), also its key in the text's runs. */
  key: string;
  quote: string;
  /** 1, 2, … in order of first appearance in the text; passages not found come last. */
  number: number;
  found: boolean;
  citations: Citation[];
}

/** One source ready to draw: its text as blocks with highlights, and its quoted passages. */
export interface SourceView {
  source: Source;
  /** Undefined when the source's file could not be read. */
  blocks?: TextBlock[];
  passages: QuotedPassage[];
}

/** Every piece of evidence in the dataset, in dataset order. */
function allEvidence(dataset: Dataset): Evidence[] {
  return [
    ...dataset.positions.flatMap((p) => p.evidence ?? []),
    ...(dataset.outcomes ?? []).flatMap((o) => o.evidence),
    ...dataset.events.flatMap((e) => e.evidence),
    ...(dataset.delegations ?? []).flatMap((d) => d.evidence ?? []),
  ];
}

/** How many different passages the dataset quotes from each source (by source id). */
export function quotedPassageCounts(dataset: Dataset): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const evidence of allEvidence(dataset)) {
    const keys = seen.get(evidence.source) ?? new Set<string>();
    keys.add(quoteAnchor(evidence.source, evidence.quote));
    seen.set(evidence.source, keys);
  }
  return new Map([...seen].map(([source, keys]) => [source, keys.size]));
}

/** The view of one source: its text split into highlighted runs and its numbered, cited passages. */
export function sourceView(
  dataset: Dataset,
  source: Source,
  text: string | undefined,
  citations: ReadonlyMap<string, Citation[]>,
): SourceView {
  const quotes = new Map<string, string>();
  for (const evidence of allEvidence(dataset)) {
    if (evidence.source !== source.id) continue;
    const key = quoteAnchor(source.id, evidence.quote);
    if (!quotes.has(key)) quotes.set(key, evidence.quote);
  }
  const list = [...quotes].map(([key, quote]) => ({ key, quote }));
  const ranges = text === undefined ? [] : findQuoteRanges(text, list);
  const firstAt = new Map<string, number>();
  for (const range of ranges) if (!firstAt.has(range.key)) firstAt.set(range.key, range.start);
  const ordered = [...list].sort(
    (x, y) => (firstAt.get(x.key) ?? Infinity) - (firstAt.get(y.key) ?? Infinity),
  );
  const passages = ordered.map(({ key, quote }, i) => ({
    key,
    quote,
    number: i + 1,
    found: firstAt.has(key),
    citations: citations.get(key) ?? [],
  }));
  const view: SourceView = { source, passages };
  if (text !== undefined) view.blocks = sourceDocument(text, ranges);
  return view;
}
