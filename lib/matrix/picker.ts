import type { Dataset, Party } from '@/lib/model';
import { type ViewState, viewHref } from '@/lib/url/query';

/** One party in the picker: chosen or not, with links that move it one place in the column order. */
export interface PickerEntry {
  party: Party;
  chosen: boolean;
  /** Link moving the party one column earlier; absent for the first and for parties not shown. */
  earlierHref?: string;
  /** Link moving the party one column later; absent for the last and for parties not shown. */
  laterHref?: string;
}

function swapped(order: readonly string[], i: number, j: number): string[] {
  const next = [...order];
  const a = next[i];
  const b = next[j];
  if (a === undefined || b === undefined) return next;
  next[i] = b;
  next[j] = a;
  return next;
}

/**
 * The party picker: chosen parties first, in column order, then the others in dataset order.
 * The form lists checkboxes in this order, so submitting it keeps the column order.
 */
export function partyPicker(dataset: Dataset, state: ViewState, path: string): PickerEntry[] {
  const order = state.parties ?? dataset.parties.map((p) => p.id);
  const byId = new Map(dataset.parties.map((p) => [p.id, p]));
  const chosen = order.flatMap((id, i): PickerEntry[] => {
    const party = byId.get(id);
    if (!party) return [];
    const entry: PickerEntry = { party, chosen: true };
    const move = (j: number) => viewHref(path, state, { parties: swapped(order, i, j) }, dataset);
    if (i > 0) entry.earlierHref = move(i - 1);
    if (i < order.length - 1) entry.laterHref = move(i + 1);
    return [entry];
  });
  const shown = new Set(order);
  const others = dataset.parties
    .filter((p) => !shown.has(p.id))
    .map((party): PickerEntry => ({ party, chosen: false }));
  return [...chosen, ...others];
}
