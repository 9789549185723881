import type { KnownPosition } from '@/lib/analysis';
import { points } from '@/lib/wording/numbers';
import type { SlideParty, SlideStripMarker } from './schema';

/** Markers closer than this (of 100) get their names on different lanes. */
export const LANE_SEPARATION = 14;

/** The most label lanes a strip uses. */
export const MAX_LANES = 4;

/** A CSS percentage of the 0-100 scale, "42%". */
export function percent(value: number): string {
  return `${Math.round(Math.min(100, Math.max(0, value)) * 10) / 10}%`;
}

/**
 * The markers of an issue's strip, one per known position, in party order, each with a label lane:
 * going up the scale, a marker takes the lowest lane whose last marker is at least LANE_SEPARATION away.
 */
export function stripMarkers(
  known: readonly KnownPosition[],
  party: (id: string) => SlideParty,
): { markers: SlideStripMarker[]; lanes: number } {
  const laneEnds: number[] = [];
  const laneOf = new Map<string, number>();
  const ascending = [...known].sort((x, y) => x.value - y.value);
  for (const position of ascending) {
    let lane = laneEnds.findIndex((end) => position.value - end >= LANE_SEPARATION);
    // Past MAX_LANES names share the top lane rather than push the rows off the slide.
    if (lane < 0) lane = Math.min(laneEnds.length, MAX_LANES - 1);
    laneEnds[lane] = position.value;
    laneOf.set(position.party, lane);
  }
  const markers = known.map((position): SlideStripMarker => {
    const marker: SlideStripMarker = {
      party: party(position.party),
      value: position.value,
      inferred: position.position.status === 'inferred',
      left: percent(position.value),
      lane: laneOf.get(position.party) ?? 0,
      align: position.value < 10 ? 'start' : position.value > 90 ? 'end' : 'center',
    };
    if (position.ranged) {
      const { min, max } = position.interval;
      marker.range = {
        left: percent(min),
        width: percent(max - min),
        text: `could accept ${points(min)}–${points(max)}`,
      };
    }
    return marker;
  });
  return { markers, lanes: Math.max(1, laneEnds.length) };
}

/** The strip in words: "Ukraine 100, Russia 0 (of 100); no stated position: US, E4". */
export function stripText(
  markers: readonly SlideStripMarker[],
  silent: readonly SlideParty[],
): string {
  const placed = markers.map((m) => `${m.party.name} ${points(m.value)}`).join(', ');
  const parts = [placed ? `${placed} (of 100)` : 'No party has a known position'];
  if (silent.length) parts.push(`no stated position: ${silent.map((p) => p.name).join(', ')}`);
  return parts.join('; ');
}
