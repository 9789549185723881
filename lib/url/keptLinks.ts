import { cache } from 'react';
import type { KeptView } from './query';

/**
 * The view parameters every link of one request keeps (the version read, the orientation, the
 * what-if changes), set
 * once per request by the route helpers (lib/data/route.ts) and added by the route builders
 * (lib/url/routes.ts) to every link into the same dataset that does not name them itself, so a
 * reader of an old version or a flipped view never slips back unannounced, whichever component
 * drew the link. React's `cache` scopes it to one server render; outside one (unit tests, the
 * browser) nothing is kept and the builders return exactly what they are given.
 */
interface KeptLinks {
  datasetId?: string;
  params: [name: KeptName, value: string][];
  /** Names left off while withoutKept runs. */
  paused: KeptName[];
}

/** The view parameters links keep. */
export type KeptName = 'version' | 'orient' | 'whatif' | 'reviewed';

const current = cache((): KeptLinks => ({ params: [], paused: [] }));

/** From now on in this request, links into `datasetId` keep these view parameters. */
export function keepOnLinks(datasetId: string, kept: KeptView): void {
  const links = current();
  links.datasetId = datasetId;
  links.params = [];
  if (kept.version) links.params.push(['version', kept.version]);
  if (kept.orient) links.params.push(['orient', kept.orient]);
  if (kept.whatif) links.params.push(['whatif', kept.whatif]);
  if (kept.reviewed) links.params.push(['reviewed', kept.reviewed]);
}

/** Builds links without some kept parameters: "read the latest version" leaves off `version`. */
export function withoutKept<T>(names: KeptName[], build: () => T): T {
  const links = current();
  const before = links.paused;
  links.paused = [...before, ...names];
  try {
    return build();
  } finally {
    links.paused = before;
  }
}

/** `href` (a path, query and anchor into `datasetId`) with the request's kept parameters it lacks. */
export function keptHref(datasetId: string, href: string): string {
  const links = current();
  if (links.datasetId !== datasetId || links.params.length === 0) return href;
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const rest = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  const path = queryAt === -1 ? rest : rest.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : rest.slice(queryAt));
  let added = false;
  for (const [name, value] of links.params)
    if (!params.has(name) && !links.paused.includes(name)) {
      params.set(name, value);
      added = true;
    }
  if (!added) return href;
  return `${path}?${params.toString().replace(/%2C/g, ',')}${hash}`;
}
