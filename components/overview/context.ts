import type { PartyStyle } from '@/lib/style/palette';

/** What every overview list needs to name and link issues and parties. */
export interface OverviewContext {
  datasetId: string;
  /** Party id → name. */
  names: ReadonlyMap<string, string>;
  /** Issue id → title. */
  issueTitles: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, PartyStyle>;
}
