import { markerPath } from '@/lib/charts/shapes';
import type { MarkerShape } from '@/lib/style/palette';

/** Props of PartyMarker: where, which shape and colour; `hollow` for an inferred position. */
export interface PartyMarkerProps {
  party: string;
  shape: MarkerShape;
  colour: string;
  cx: number;
  cy: number;
  r?: number;
  hollow?: boolean;
}

/**
 * A Recharts scatter `shape` drawing each point's party marker at radius `r` (hollow when the
 * position is inferred); points need `party`, `shape`, `colour` and `status`.
 */
export function scatterMarker(r?: number) {
  return function ScatterMarker(props: unknown) {
    const { cx, cy, payload } = props as {
      cx?: number;
      cy?: number;
      payload?: Pick<PartyMarkerProps, 'party' | 'shape' | 'colour'> & { status: string };
    };
    if (!payload || cx === undefined || cy === undefined) return <g />;
    return (
      <PartyMarker
        party={payload.party}
        shape={payload.shape}
        colour={payload.colour}
        cx={cx}
        cy={cy}
        r={r}
        hollow={payload.status === 'inferred'}
      />
    );
  };
}

/** A party's marker in its own colour and shape (the same in every chart and legend); outlined in the page background so overlaps stay readable. */
export function PartyMarker({
  party,
  shape,
  colour,
  cx,
  cy,
  r = 7,
  hollow = false,
}: PartyMarkerProps) {
  return (
    <path
      d={markerPath(shape, cx, cy, r)}
      data-party={party}
      className="party-marker"
      style={
        hollow
          ? { fill: 'var(--bg)', stroke: colour, strokeWidth: 2.2 }
          : { fill: colour, stroke: 'var(--bg)', strokeWidth: 1.2 }
      }
    />
  );
}
