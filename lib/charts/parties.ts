import type { Dataset } from '@/lib/model';
import { type MarkerShape, partyStyles } from '@/lib/style/palette';

/** A party as every chart draws it: names plus its one colour and shape. */
export interface ChartParty {
  id: string;
  name: string;
  shortName: string;
  colour: string;
  shape: MarkerShape;
}

/** The dataset's parties as chart parties, keyed by id (styles from partyStyles, so they match the tables). */
export function chartParties(dataset: Dataset): Map<string, ChartParty> {
  const styles = partyStyles(dataset.parties);
  const out = new Map<string, ChartParty>();
  for (const party of dataset.parties) {
    const style = styles.get(party.id);
    out.set(party.id, {
      id: party.id,
      name: party.name,
      shortName: party.shortName,
      colour: style?.colour ?? '#777777',
      shape: style?.shape ?? 'circle',
    });
  }
  return out;
}

/**
 * Text wrapped in Unicode first-strong isolates (FSI … PDI), so a right-to-left name or title in
 * an SVG label keeps its place beside the words around it instead of reordering them.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A title cut to `max` characters with an ellipsis, for axis labels (the full title stays in tables). */
export function shortTitle(title: string, max = 30): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
