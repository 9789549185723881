/** How many items a slide may hold: at most `maxItems`, and their weights (estimated lines) within `budget`. */
export interface PageLimits {
  maxItems: number;
  budget: number;
}

/**
 * Splits items into slides that fit: in order, a new slide starts when the next item would pass
 * either limit. An item heavier than the whole budget gets a slide of its own. Always at least
 * one (possibly empty) page, so a section with nothing to show still gets its slide.
 */
export function paginate<T>(
  items: readonly T[],
  weight: (item: T) => number,
  limits: PageLimits,
): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const item of items) {
    const w = weight(item);
    if (page.length > 0 && (page.length >= limits.maxItems || used + w > limits.budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(item);
    used += w;
  }
  pages.push(page);
  return pages;
}

/** Bidirectional isolates (FSI, LRI, RLI, PDI): they take no room on a slide. */
const ISOLATES = /[\u2066-\u2069]/g;

/** Lines a text takes at about `perLine` characters a line (at least one); isolates around names do not count. */
export function lines(text: string | undefined, perLine: number): number {
  const length = (text ?? '').replace(ISOLATES, '').length;
  return Math.max(1, Math.ceil(length / perLine));
}

/** The heading of the n-th (from 0) slide of a split section. */
export function continuedHeading(heading: string, index: number): string {
  return index === 0 ? heading : `${heading} (continued)`;
}
