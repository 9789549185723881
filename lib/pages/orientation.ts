import type { Orientation } from '@/lib/analysis/orientation';
import { appendCsvColumn } from '@/lib/csv/write';
import { count } from '@/lib/wording/numbers';

/** The notice above every page of a view oriented to a party, and the mark its slides carry. */
export interface OrientationView {
  heading: string;
  detail: string;
  /** The short mark every slide carries: "Oriented to Ukraine: 2 issues flipped". */
  stamp: string;
}

/** What a view oriented to a party says about itself. */
export function orientationView(orientation: Orientation): OrientationView {
  const name = orientation.party.shortName;
  const heading = `Oriented to ${name}`;
  const undirected = orientation.undirected.length
    ? ` ${count(orientation.undirected.length, 'issue')} ${orientation.undirected.length === 1 ? 'does' : 'do'} not say whose aim either end is and ${orientation.undirected.length === 1 ? 'reads' : 'read'} as coded.`
    : '';
  if (orientation.flipped.length === 0)
    return {
      heading,
      detail: `No issue has ${name}'s aim at its 100 end, so every issue reads as coded.${undirected}`,
      stamp: `Oriented to ${name}: nothing flipped`,
    };
  const n = orientation.flipped.length;
  return {
    heading,
    detail:
      `${count(n, 'issue')} ${n === 1 ? 'reads' : 'read'} flipped so that ${name}'s aim is at the 0 end: ` +
      `${orientation.flippedTitles.join('; ')}. On ${n === 1 ? 'it' : 'them'} every value, range and reading ` +
      `is shown as 100 minus the coded one and the scale's ends swap; each is marked "flipped" wherever it appears.${undirected}`,
    stamp: `Oriented to ${name}: ${count(n, 'issue')} flipped`,
  };
}

/**
 * A positions CSV of an oriented view: every row gains a last column `flipped`, "yes" where its
 * issue reads flipped (its numbers are 100 minus the coded ones), so the file says which numbers
 * are not as coded; the import refuses such rows. A view that flips nothing passes through.
 */
export function orientedCsv(orientation: Orientation | undefined, body: string): string {
  if (!orientation || orientation.flipped.length === 0) return body;
  const flipped = new Set(orientation.flipped);
  return appendCsvColumn(body, 'flipped', (row) => (flipped.has(row('issue')) ? 'yes' : ''));
}
