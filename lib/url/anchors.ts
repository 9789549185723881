import { type Delegation, type Outcome, type TimelineEvent, normaliseForQuote } from '@/lib/model';

/** FNV-1a hash of a string as 8 hex digits: short, stable ids without crypto (works in the browser). */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The stable anchor of a matrix cell: `cell-<issue>--<party>` (ids are slugs, so `--` never clashes). */
export function cellAnchor(issue: string, party: string): string {
  return `cell-${issue}--${party}`;
}

/** The stable anchor of a quoted passage in the source view, from its source and normalised text. */
export function quoteAnchor(source: string, quote: string): string {
  return `q-${source}-${shortHash(normaliseForQuote(quote))}`;
}

/** Stable anchors of outcomes, in dataset order: `outcome-<issue>-<round>`, then `-2`, `-3` for more on the same issue and round. */
export function outcomeAnchors(outcomes: readonly Outcome[]): string[] {
  const seen = new Map<string, number>();
  return outcomes.map((outcome) => {
    const base = `outcome-${outcome.issue}-${outcome.round}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** Stable anchors of the timeline's events, in dataset order: `event-<date>-<n>`, n from 1 within a date. */
export function eventAnchors(events: readonly TimelineEvent[]): string[] {
  const seen = new Map<string, number>();
  return events.map((event) => {
    const n = (seen.get(event.date) ?? 0) + 1;
    seen.set(event.date, n);
    return `event-${event.date}-${n}`;
  });
}

/** The anchor of a delegation on the timeline: `delegation-<party>` or `delegation-<party>-<round>`. */
export function delegationAnchor(delegation: Pick<Delegation, 'party' | 'round'>): string {
  return `delegation-${delegation.party}${delegation.round ? `-${delegation.round}` : ''}`;
}
