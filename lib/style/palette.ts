import type { Party } from '@/lib/model';

/** Okabe–Ito colours: distinguishable with the common forms of colour blindness. */
export const PARTY_PALETTE = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const;

/** Marker shapes; combined with colours, more parties than colours still read, also in grayscale. */
export const PARTY_SHAPES = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'cross',
  'star',
  'hexagon',
] as const;

/** A marker shape's name. */
export type MarkerShape = (typeof PARTY_SHAPES)[number];

/** How a party is drawn everywhere: tables, charts and slides. */
export interface PartyStyle {
  colour: string;
  shape: MarkerShape;
}

/**
 * One style per party, by the party's place in the dataset: the dataset's own colour when set,
 * else the palette in order. Shapes advance once per party, so two parties sharing a colour
 * never share a shape.
 */
export function partyStyles(parties: readonly Party[]): Map<string, PartyStyle> {
  const styles = new Map<string, PartyStyle>();
  parties.forEach((party, i) => {
    const colour = party.colour ?? PARTY_PALETTE[i % PARTY_PALETTE.length]!;
    const shape = PARTY_SHAPES[i % PARTY_SHAPES.length]!;
    styles.set(party.id, { colour, shape });
  });
  return styles;
}
