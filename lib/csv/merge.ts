import type { Delegation, Outcome, Position, TimelineEvent } from '@/lib/model';
import type { ReadItem } from './records';

/**
 * What names one item of each list, for updates and change summaries: a position by round,
 * party and issue; an event by date and title; an outcome by round, issue and parties; a
 * delegation by party and round.
 */
export const recordKeys = {
  position: (p: Pick<Position, 'round' | 'party' | 'issue'>) =>
    `${p.round} / ${p.party} / ${p.issue}`,
  event: (e: TimelineEvent) => `${e.date} ${e.title}`,
  outcome: (o: Outcome) => `${o.round} / ${o.issue} / ${o.parties.join(', ')}`,
  delegation: (d: Delegation) => (d.round ? `${d.party} / ${d.round}` : d.party),
};

/**
 * The items of `base` with each one `incoming` names (by key) replaced in place, and the
 * other incoming items added after them in their order.
 */
export function mergeByKey<T>(
  base: readonly ReadItem<T>[],
  incoming: readonly ReadItem<T>[],
  key: (item: T) => string,
): ReadItem<T>[] {
  const out = [...base];
  const at = new Map<string, number>();
  out.forEach((entry, i) => {
    const k = key(entry.item);
    if (!at.has(k)) at.set(k, i);
  });
  for (const entry of incoming) {
    const k = key(entry.item);
    const i = at.get(k);
    if (i === undefined) {
      at.set(k, out.length);
      out.push(entry);
    } else out[i] = entry;
  }
  return out;
}

/** Items of a dataset being updated, kept as they are (their origin is dataset.json). */
export function keptItems<T>(items: readonly T[] | undefined): ReadItem<T>[] {
  return (items ?? []).map((item) => ({ item, origin: { file: 'dataset.json' }, evidence: [] }));
}
