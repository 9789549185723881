import type { PartyStyle } from '@/lib/view/palette';

/** A party's name with its colour swatch, the same everywhere in the product. */
export function PartyName({ name, style }: { name: string; style?: PartyStyle }) {
  return (
    <span className="party-name">
      <span
        className="swatch"
        aria-hidden="true"
        style={{ background: style?.colour ?? 'currentColor' }}
      />
      <bdi>{name}</bdi>
    </span>
  );
}
