import fs from 'node:fs';
import path from 'node:path';

/** A page of the app, with an example address for a given dataset. */
export interface RouteCase {
  /** Short name, used for screenshot files and test titles. */
  name: string;
  /** The route's page or handler file under app/, to tell whether it has landed. */
  file: string;
  /** Example address on the bundled dataset. */
  bundled: string;
  /** Example address on the hostile xss-test dataset, when the route is per dataset. */
  hostile?: string;
  /** Whether it returns HTML (pages) or data (CSV, JSON). */
  kind: 'page' | 'data';
}

/** Every route of the app, with example addresses. */
export const ROUTES: readonly RouteCase[] = [
  { name: 'landing', file: 'page.tsx', bundled: '/', kind: 'page' },
  { name: 'floor', file: 'floor/page.tsx', bundled: '/floor', kind: 'page' },
  {
    name: 'overview',
    file: '[dataset]/page.tsx',
    bundled: '/istanbul-2025',
    hostile: '/xss-test',
    kind: 'page',
  },
  {
    name: 'matrix',
    file: '[dataset]/matrix/page.tsx',
    bundled: '/istanbul-2025/matrix',
    hostile: '/xss-test/matrix',
    kind: 'page',
  },
  {
    name: 'evidence',
    file: '[dataset]/matrix/[issue]/[party]/page.tsx',
    bundled: '/istanbul-2025/matrix/ceasefire/ukraine',
    hostile: '/xss-test/matrix/truce/south',
    kind: 'page',
  },
  {
    name: 'issues',
    file: '[dataset]/issues/page.tsx',
    bundled: '/istanbul-2025/issues',
    hostile: '/xss-test/issues',
    kind: 'page',
  },
  {
    name: 'issue',
    file: '[dataset]/issues/[issue]/page.tsx',
    bundled: '/istanbul-2025/issues/ceasefire',
    hostile: '/xss-test/issues/truce',
    kind: 'page',
  },
  {
    name: 'compare',
    file: '[dataset]/compare/page.tsx',
    bundled: '/istanbul-2025/compare',
    hostile: '/xss-test/compare',
    kind: 'page',
  },
  {
    name: 'compare-pair',
    file: '[dataset]/compare/[a]/[b]/page.tsx',
    bundled: '/istanbul-2025/compare/ukraine/russia',
    hostile: '/xss-test/compare/north/south',
    kind: 'page',
  },
  {
    name: 'proposals',
    file: '[dataset]/proposals/page.tsx',
    bundled: '/istanbul-2025/proposals',
    hostile: '/xss-test/proposals',
    kind: 'page',
  },
  {
    name: 'timeline',
    file: '[dataset]/timeline/page.tsx',
    bundled: '/istanbul-2025/timeline',
    hostile: '/xss-test/timeline',
    kind: 'page',
  },
  {
    name: 'changes',
    file: '[dataset]/changes/page.tsx',
    bundled: '/istanbul-2025/changes',
    hostile: '/xss-test/changes',
    kind: 'page',
  },
  {
    name: 'sources',
    file: '[dataset]/sources/page.tsx',
    bundled: '/istanbul-2025/sources',
    hostile: '/xss-test/sources',
    kind: 'page',
  },
  {
    name: 'source',
    file: '[dataset]/sources/[source]/page.tsx',
    bundled: '/istanbul-2025/sources/pism-istanbul-2025',
    hostile: '/xss-test/sources/hostile',
    kind: 'page',
  },
  {
    name: 'method',
    file: '[dataset]/method/page.tsx',
    bundled: '/istanbul-2025/method',
    hostile: '/xss-test/method',
    kind: 'page',
  },
  {
    name: 'coverage',
    file: '[dataset]/coverage/page.tsx',
    bundled: '/istanbul-2025/coverage',
    hostile: '/xss-test/coverage',
    kind: 'page',
  },
  {
    name: 'charts',
    file: '[dataset]/charts/page.tsx',
    bundled: '/istanbul-2025/charts',
    hostile: '/xss-test/charts',
    kind: 'page',
  },
  {
    name: 'brief',
    file: '[dataset]/brief/page.tsx',
    bundled: '/istanbul-2025/brief',
    hostile: '/xss-test/brief',
    kind: 'page',
  },
  {
    name: 'matrix-csv',
    file: '[dataset]/matrix.csv/route.ts',
    bundled: '/istanbul-2025/matrix.csv',
    hostile: '/xss-test/matrix.csv',
    kind: 'data',
  },
  {
    name: 'coverage-csv',
    file: '[dataset]/coverage.csv/route.ts',
    bundled: '/istanbul-2025/coverage.csv',
    hostile: '/xss-test/coverage.csv',
    kind: 'data',
  },
  {
    name: 'chart-csv',
    file: '[dataset]/chart.csv/route.ts',
    bundled: '/istanbul-2025/chart.csv?chart=stacked',
    hostile: '/xss-test/chart.csv?chart=stacked',
    kind: 'data',
  },
  {
    name: 'changes-csv',
    file: '[dataset]/changes.csv/route.ts',
    bundled: '/istanbul-2025/changes.csv',
    hostile: '/xss-test/changes.csv',
    kind: 'data',
  },
  {
    name: 'api-dataset',
    file: 'api/datasets/[dataset]/route.ts',
    bundled: '/api/datasets/istanbul-2025',
    hostile: '/api/datasets/xss-test',
    kind: 'data',
  },
  // Workspace access (docs/workspace-access.md): the pages anyone may open; /workspace/… redirects
  // to /signin without a session, and access.e2e.ts signs in on a server of its own.
  { name: 'signin', file: 'signin/page.tsx', bundled: '/signin', kind: 'page' },
  { name: 'signout', file: 'signout/page.tsx', bundled: '/signout', kind: 'page' },
];

const APP_DIR = path.resolve(__dirname, '../../../app');

/** True when the route's file is in this checkout (pages built by other branches land over time). */
export function hasLanded(route: RouteCase): boolean {
  return fs.existsSync(path.join(APP_DIR, route.file));
}

/** The routes present in this checkout. */
export function landedRoutes(kind?: RouteCase['kind']): RouteCase[] {
  return ROUTES.filter((r) => hasLanded(r) && (kind === undefined || r.kind === kind));
}

/**
 * Console errors minus the 404s of link prefetches to routes that have not landed yet (the
 * dataset navigation links every section). Each such 404 also logs one generic "Failed to load
 * resource" line, which is dropped with it. Every other error is kept.
 */
export function withoutUnlandedPrefetches(errors: readonly string[]): string[] {
  const unlanded = ROUTES.filter((r) => !hasLanded(r)).map(routePattern);
  let generic = 0;
  const kept = errors.filter((e) => {
    const m = /^404 https?:\/\/[^/]+(\/[^?]*)\?_rsc=/.exec(e);
    if (m && unlanded.some((pattern) => pattern.test(m[1]!))) {
      generic += 1;
      return false;
    }
    return true;
  });
  return kept.filter((e) => {
    if (generic > 0 && /^Failed to load resource: .*404/.test(e)) {
      generic -= 1;
      return false;
    }
    return true;
  });
}

/** The addresses a route file serves: `[dataset]/matrix/page.tsx` → `/x/matrix`. */
function routePattern(route: RouteCase): RegExp {
  const segments = route.file.split('/').slice(0, -1);
  const body = segments
    .map((s) => (s.startsWith('[') ? '[^/]+' : s.replace(/[.]/g, '\\.')))
    .join('/');
  return new RegExp(`^/${body}$`);
}
