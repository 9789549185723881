import type { Interval } from './interval';
import type { KnownPosition } from './snapshot';

/** Where every party's interval meets (a zone of agreement), or how far apart the two outermost parties are. */
export type Zone =
  | { kind: 'zone'; interval: Interval; parties: string[] }
  | { kind: 'missing'; distance: number; parties: string[]; between: [string, string] };

/**
 * The zone all these positions could agree on.
 * RULE: the zone is the intersection of every party's interval (touching intervals give a
 * zero-width zone). When it is empty, distance = max(mins) − min(maxes), and `between` names the
 * party whose interval ends lowest and the party whose interval starts highest (first in the
 * given order on ties). Undefined with fewer than two positions.
 */
export function zoneOfAgreement(positions: readonly KnownPosition[]): Zone | undefined {
  const [first] = positions;
  if (!first || positions.length < 2) return undefined;
  let highestMin = first;
  let lowestMax = first;
  for (const position of positions) {
    if (position.interval.min > highestMin.interval.min) highestMin = position;
    if (position.interval.max < lowestMax.interval.max) lowestMax = position;
  }
  const parties = positions.map((position) => position.party);
  const min = highestMin.interval.min;
  const max = lowestMax.interval.max;
  if (min <= max) return { kind: 'zone', interval: { min, max }, parties };
  return {
    kind: 'missing',
    distance: min - max,
    parties,
    between: [lowestMax.party, highestMin.party],
  };
}
