import { DataText } from '@/components/DataText';
import { markerPath } from '@/lib/charts/shapes';
import type { PartyStyle } from '@/lib/style/palette';

/**
 * A party's name with its marker (its own colour and shape, as in every chart), the same
 * everywhere in the product; a proposal also gets a document mark and the word "proposal" for
 * screen readers, so it stands apart from the parties without relying on colour.
 */
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
      {style?.document ? (
        <>
          <svg className="document-mark" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
            <path d="M1 0.5h5.5l2.5 2.5v8.5h-8z M6.5 0.5v2.5h2.5 M2.5 5.5h5 M2.5 7.5h5 M2.5 9.5h3" />
          </svg>
          <span className="sr-only"> (proposal)</span>
        </>
      ) : null}
    </span>
  );
}
