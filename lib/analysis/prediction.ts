import type { Party } from '@/lib/model';
import { salienceOf } from './salience';
import type { Snapshot } from './snapshot';

/** A value with the weight it carries. */
export interface WeightedValue {
  value: number;
  weight: number;
}

/**
 * The weighted median of values with positive weights.
 * RULE: sort by value; the median is the first value at which the running weight passes half the
 * total; where the running weight equals half exactly, it is the midpoint of that value and the
 * next (so equal weights give the plain median). Undefined when nothing has a positive weight.
 */
export function weightedMedian(values: readonly WeightedValue[]): number | undefined {
  const sorted = values.filter((v) => v.weight > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((sum, v) => sum + v.weight, 0);
  if (total <= 0) return undefined;
  const half = total / 2;
  let running = 0;
  for (let i = 0; i < sorted.length; i++) {
    const v = sorted[i]!;
    running += v.weight;
    // Relative tolerance: weights are products of decimals, and a half hit exactly must count.
    const diff = running - half;
    if (Math.abs(diff) <= total * 1e-12) {
      const next = sorted[i + 1];
      return next ? (v.value + next.value) / 2 : v.value;
    }
    if (diff > 0) return v.value;
  }
  return sorted[sorted.length - 1]?.value;
}

/** RULE: the compromise mean = Σ weight·value / Σ weight. Undefined when no weight is positive. */
export function weightedMean(values: readonly WeightedValue[]): number | undefined {
  let sum = 0;
  let total = 0;
  for (const v of values) {
    if (v.weight <= 0) continue;
    sum += v.weight * v.value;
    total += v.weight;
  }
  return total > 0 ? sum / total : undefined;
}

/** One party's part in a prediction: its value and the weight it carries. */
export interface PredictionInput {
  party: string;
  value: number;
  capability: number;
  salience: number;
  /** capability × salience. */
  weight: number;
  /** True when the salience was not coded and DEFAULT_SALIENCE stood in. */
  salienceAssumed: boolean;
}

/** A model estimate of where an issue may land: never coded data and never a fact. */
export interface Prediction {
  issue: string;
  /** Weighted median of the positions (weights capability × salience). */
  median: number;
  /** Compromise mean: Σ capability·salience·value / Σ capability·salience. */
  mean: number;
  inputs: PredictionInput[];
  /** Parties with a known position but no capability: left out of both estimates. */
  withoutCapability: string[];
}

/** The fewest known positions with a capability a prediction is made from. */
export const MIN_PREDICTION_INPUTS = 2;

/**
 * Where the issue may land by two textbook bargaining models, from the snapshot's known positions.
 * RULE: a party takes part when it has a known value and a capability (0-100); its weight is
 * capability × salience, salience DEFAULT_SALIENCE (3) where not coded. Undefined with fewer than
 * MIN_PREDICTION_INPUTS such parties or when every weight is 0: never made up from one position.
 */
export function predictOutcome(
  snapshot: Snapshot,
  parties: readonly Pick<Party, 'id' | 'capability'>[],
  issue: string,
): Prediction | undefined {
  const capability = new Map(parties.map((p) => [p.id, p.capability] as const));
  const inputs: PredictionInput[] = [];
  const withoutCapability: string[] = [];
  for (const known of snapshot.known.get(issue) ?? []) {
    const c = capability.get(known.party);
    if (c === undefined) {
      withoutCapability.push(known.party);
      continue;
    }
    const salience = salienceOf(known);
    inputs.push({
      party: known.party,
      value: known.value,
      capability: c,
      salience,
      weight: c * salience,
      salienceAssumed: known.salience === undefined,
    });
  }
  if (inputs.length < MIN_PREDICTION_INPUTS) return undefined;
  const median = weightedMedian(inputs);
  const mean = weightedMean(inputs);
  if (median === undefined || mean === undefined) return undefined;
  return { issue, median, mean, inputs, withoutCapability };
}
