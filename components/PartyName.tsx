import { DataText } from '@/components/DataText';
import { markerPath } from '@/lib/charts/shapes';
import type { PartyStyle } from '@/lib/style/palette';

/** A party's name with its marker (its own colour and shape, as in every chart), the same everywhere in the product. */
export function PartyName({ name, style }: { name: string; style?: PartyStyle }) {
  return (
    <span className="party-name">
      <svg className="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        <path
          d={markerPath(style?.shape ?? 'square', 6, 6, 4.4)}
          style={{ fill: style?.colour ?? 'currentColor' }}
        />
      </svg>
      <DataText>{name}</DataText>
    </span>
  );
}
