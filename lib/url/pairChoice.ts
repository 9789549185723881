import type { Dataset } from '@/lib/model';
import type { SearchParams } from './query';

/** What the compare form asked for: a valid pair, nothing yet, or a choice to correct. */
export type PairChoice =
  | { kind: 'pair'; a: string; b: string }
  | { kind: 'none'; a?: string; b?: string }
  | { kind: 'problem'; message: string; a?: string; b?: string };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Reads `a` and `b` from the compare form: two different known parties make a pair. */
export function pairChoice(params: SearchParams, dataset: Pick<Dataset, 'parties'>): PairChoice {
  const known = new Set(dataset.parties.map((p) => p.id));
  const rawA = one(params.a) || undefined;
  const rawB = one(params.b) || undefined;
  const a = rawA && known.has(rawA) ? rawA : undefined;
  const b = rawB && known.has(rawB) ? rawB : undefined;
  const unknown = [rawA, rawB].filter((id) => id !== undefined && !known.has(id));
  if (unknown.length)
    return { kind: 'problem', message: `Ignored unknown party: ${unknown.join(', ')}.`, a, b };
  if (a && b && a === b)
    return { kind: 'problem', message: 'Pick two different parties to compare.', a, b };
  if (a && b) return { kind: 'pair', a, b };
  if (rawA !== undefined || rawB !== undefined)
    return { kind: 'problem', message: 'Pick a second party to compare with.', a, b };
  return { kind: 'none' };
}
