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
  /** True for a proposal (a draft plan or counter-proposal): drawn with a document mark beside its name. */
  document?: true;
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
    styles.set(
      party.id,
      party.kind === 'proposal' ? { colour, shape, document: true } : { colour, shape },
    );
  });
  return styles;
}

/** A party as every chart and slide draws it: its names and its one colour and shape. */
export interface PartyView extends PartyStyle {
  id: string;
  name: string;
  shortName: string;
}

/** How a party the dataset does not list would be drawn (a valid dataset never asks for one). */
const UNKNOWN_STYLE: PartyStyle = { colour: '#777777', shape: 'circle' };

/**
 * The dataset's parties as party views, keyed by id; styled by partyStyles, so charts, slides and
 * tables match. RULE: a proposal's names end in " (proposal)", so charts and slides, which draw
 * names as text, mark it apart from the parties in words, not by colour alone.
 */
export function partyViews(parties: readonly Party[]): Map<string, PartyView> {
  const styles = partyStyles(parties);
  const views = new Map<string, PartyView>();
  for (const party of parties) {
    const { colour, shape } = styles.get(party.id) ?? UNKNOWN_STYLE;
    const mark = party.kind === 'proposal' ? ' (proposal)' : '';
    views.set(party.id, {
      id: party.id,
      name: `${party.name}${mark}`,
      shortName: `${party.shortName}${mark}`,
      colour,
      shape,
    });
  }
  return views;
}

/** One party's view by id; an id the dataset does not list is drawn under its own id, in grey, as a circle. */
export function partyViewOf(views: ReadonlyMap<string, PartyView>, id: string): PartyView {
  return views.get(id) ?? { id, name: id, shortName: id, ...UNKNOWN_STYLE };
}
