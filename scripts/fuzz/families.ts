// The request families `npm run fuzz` and the e2e suite send: malformed addresses, odd ids and
// the valid pages they are built from. Every address is sent byte for byte.

/** One request and the statuses it may answer with (any status under 500 when unset). */
export interface FuzzCase {
  path: string;
  expect?: readonly number[];
  /** For a redirect: the exact Location expected. */
  location?: string;
}

/** A named group of requests, counted together in the fuzz report. */
export interface FuzzFamily {
  name: string;
  cases: FuzzCase[];
}

/** Pages and data routes of the bundled dataset that answer 200. */
export const VALID_PATHS: readonly string[] = [
  '/',
  '/floor',
  '/icon.svg',
  '/istanbul-2025',
  '/istanbul-2025/matrix',
  '/istanbul-2025/matrix/ceasefire/ukraine',
  '/istanbul-2025/issues',
  '/istanbul-2025/issues/ceasefire',
  '/istanbul-2025/compare',
  '/istanbul-2025/compare/ukraine/russia',
  '/istanbul-2025/timeline',
  '/istanbul-2025/sources',
  '/istanbul-2025/sources/pism-istanbul-2025',
  '/istanbul-2025/method',
  '/istanbul-2025/charts',
  '/istanbul-2025/brief',
  '/istanbul-2025/matrix.csv',
  '/istanbul-2025/chart.csv?chart=stacked',
  '/api/datasets/istanbul-2025',
];

/** Percent escapes that are not valid UTF-8 once decoded: each must answer 400. */
export const BAD_ESCAPES: readonly string[] = [
  '%zz',
  '%',
  '%%',
  '%4',
  '%g0',
  '%ff%fe',
  '%80',
  '%e2%82',
  '%ed%a0%80',
  '%f4%90%80%80',
];

/** Overlong UTF-8 forms of `.`, `/` and `\`, the classic way past a naive path check. */
export const OVERLONG: readonly string[] = [
  '%c0%ae',
  '%c0%ae%c0%ae',
  '%e0%80%ae',
  '%f0%80%80%ae',
  '%c0%af',
  '%e0%80%af',
  '%c1%9c',
  '%c0%ae%c0%ae%c0%af',
];

/** Ids no dataset, issue, party or source can have: 404 (or 400), never 500. */
const ODD_IDS: readonly string[] = [
  'Istanbul-2025',
  'UKRAINE',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%5C..%5C',
  '%00',
  'a%00b',
  '%20',
  'a%20b',
  '+',
  '-',
  'a--b',
  '%C3%A9',
  '%F0%9F%98%80',
  '%E2%80%AE',
  'a'.repeat(65),
  'api',
  '_next',
  '%252e%252e',
  'con',
  'a.b',
  '%3Cscript%3E',
  '%22%3E%3Cimg',
  '__proto__',
  'constructor',
];

/** Bad query strings: pages decode queries leniently, so any answer but a 5xx will do. */
const BAD_QUERIES: readonly string[] = [
  'q=%zz',
  'q=%',
  'q=%c0%ae',
  'q=%ff%fe',
  '%zz=1',
  'parties=%ff%fe,%',
  'round=%e2%82',
  'sort=%',
  'slide=%',
  'issues=%c0%ae',
  'q=' + 'a'.repeat(4000),
];

const pathname = (address: string) => address.split('?')[0]!;
const segmentsOf = (address: string) => pathname(address).split('/').slice(1).filter(Boolean);
const join = (segments: readonly string[]) => `/${segments.join('/')}`;

/** Every way of putting `token` into one segment of `address`: in place of it, after it. */
function inEachSegment(address: string, token: string): string[] {
  const segments = segmentsOf(address);
  if (segments.length === 0) return [`/${token}`];
  return segments.flatMap((segment, i) => {
    const replaced = [...segments];
    replaced[i] = token;
    const suffixed = [...segments];
    suffixed[i] = `${segment}${token}`;
    return [join(replaced), join(suffixed)];
  });
}

const unique = (cases: FuzzCase[]): FuzzCase[] => [
  ...new Map(cases.map((c) => [c.path, c])).values(),
];

/** Replaces the id at `index` of each templated address with each odd id. */
function oddIdCases(): FuzzCase[] {
  const templates: [string, number][] = [
    ['/istanbul-2025', 0],
    ['/istanbul-2025/matrix', 0],
    ['/istanbul-2025/issues/ceasefire', 2],
    ['/istanbul-2025/matrix/ceasefire/ukraine', 2],
    ['/istanbul-2025/matrix/ceasefire/ukraine', 3],
    ['/istanbul-2025/compare/ukraine/russia', 2],
    ['/istanbul-2025/compare/ukraine/russia', 3],
    ['/istanbul-2025/sources/pism-istanbul-2025', 2],
    ['/api/datasets/istanbul-2025', 2],
  ];
  return templates.flatMap(([template, index]) =>
    ODD_IDS.map((id) => {
      const segments = segmentsOf(template);
      segments[index] = id;
      return { path: join(segments), expect: [400, 404] };
    }),
  );
}

function longSegmentCases(): FuzzCase[] {
  const lengths = [64, 65, 256, 1024, 4096, 8000];
  const cases: FuzzCase[] = [
    '/istanbul-2025/issues/ceasefire',
    '/istanbul-2025/matrix/ceasefire/ukraine',
  ].flatMap((template) =>
    segmentsOf(template).flatMap((_, i) =>
      lengths.map((n) => {
        const segments = segmentsOf(template);
        segments[i] = 'a'.repeat(n);
        return { path: join(segments), expect: [404] };
      }),
    ),
  );
  cases.push(
    { path: `/${'%C3%A9'.repeat(1000)}`, expect: [404] },
    { path: `/istanbul-2025/${'a'.repeat(4000)}%`, expect: [400] },
    { path: `/${'%c0%ae'.repeat(1000)}`, expect: [400] },
    { path: join(Array.from({ length: 200 }, () => 'a')), expect: [404] },
    { path: join(Array.from({ length: 200 }, () => '%zz')), expect: [400] },
  );
  return cases;
}

/**
 * True when Next answers the path itself, before any header rule or proxy.ts runs: a path with
 * `//` or `\` gets its own 308 to the path with single slashes (base-server's
 * normalizeRepeatedSlashes), without the security headers. docs/security.md says so; only a
 * custom server could change it. The fuzzer still checks the status and where it points.
 */
export function answeredByNextAlone(path: string): boolean {
  return /\\|\/\//.test(path.split('?')[0]!);
}

const plainPaths = () => VALID_PATHS.filter((p) => p !== '/' && !p.includes('?'));

function trailingSlashCases(): FuzzCase[] {
  return [
    ...plainPaths().map((p) => ({ path: `${p}/`, expect: [308], location: p })),
    // The query is kept, re-encoded the way a form sends it (Next's redirect does that).
    ...plainPaths().map((p) => ({ path: `${p}/?q=a%20b`, expect: [308], location: `${p}?q=a+b` })),
    { path: '/%zz/', expect: [400] },
    { path: '/istanbul-2025/%c0%ae/', expect: [400] },
  ];
}

function repeatedSlashCases(): FuzzCase[] {
  return [
    ...plainPaths().map((p) => ({ path: `${p}//`, expect: [308], location: `${p}/` })),
    { path: '/istanbul-2025//matrix', expect: [308], location: '/istanbul-2025/matrix' },
    { path: '//evil.example/', expect: [308], location: '/evil.example/' },
    { path: '///evil.example', expect: [308], location: '/evil.example' },
    { path: '/\\evil.example', expect: [308], location: '/evil.example' },
    { path: '//%zz', expect: [308], location: '/%zz' },
  ];
}

/** The fixed families, each a few dozen to a few hundred requests. */
export function fuzzFamilies(): FuzzFamily[] {
  const pagePaths = VALID_PATHS.filter((p) => !p.includes('?'));
  return [
    { name: 'valid pages', cases: VALID_PATHS.map((path) => ({ path, expect: [200] })) },
    {
      name: 'bad escapes in each segment',
      cases: unique(
        pagePaths.flatMap((p) =>
          BAD_ESCAPES.flatMap((token) => inEachSegment(p, token)).map((path) => ({
            path,
            expect: [400],
          })),
        ),
      ),
    },
    {
      name: 'overlong UTF-8',
      cases: unique(
        ['/', '/istanbul-2025', '/istanbul-2025/matrix/ceasefire/ukraine'].flatMap((p) =>
          OVERLONG.flatMap((token) => inEachSegment(p, token)).map((path) => ({
            path,
            expect: [400],
          })),
        ),
      ),
    },
    {
      name: 'lone %',
      cases: unique(
        pagePaths.flatMap((p) => inEachSegment(p, '%')).map((path) => ({ path, expect: [400] })),
      ),
    },
    { name: 'trailing slashes', cases: trailingSlashCases() },
    { name: "repeated slashes (Next's own 308)", cases: repeatedSlashCases() },
    { name: 'odd ids', cases: unique(oddIdCases()) },
    { name: 'long segments', cases: unique(longSegmentCases()) },
    {
      name: 'bad query strings',
      cases: VALID_PATHS.flatMap((p) =>
        BAD_QUERIES.map((q) => ({ path: `${p}${p.includes('?') ? '&' : '?'}${q}` })),
      ),
    },
  ];
}

/** A small seeded generator (mulberry32), so a failing random case can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` random mixes of the tokens above spliced into valid addresses; any status < 500. */
export function randomFamily(count: number, seed: number): FuzzFamily {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const tokens = [...BAD_ESCAPES, ...OVERLONG, ...ODD_IDS, '/', '//', '%2F', '.', '..', '%2e'];
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count; i += 1) {
    const segments = segmentsOf(pick(VALID_PATHS));
    const at = Math.floor(next() * (segments.length + 1));
    const splices = 1 + Math.floor(next() * 3);
    for (let s = 0; s < splices; s += 1) {
      const token = pick(tokens);
      if (next() < 0.5 && segments[at] !== undefined) segments[at] += token;
      else segments.splice(at, 0, token);
    }
    const query = next() < 0.3 ? `?${pick(BAD_QUERIES)}` : '';
    cases.push({ path: `${join(segments)}${next() < 0.2 ? '/' : ''}${query}` });
  }
  return { name: `random (seed ${seed})`, cases };
}
