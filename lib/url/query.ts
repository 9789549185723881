import { z } from 'zod';
import type { Dataset } from '@/lib/model';
import { MAX_WHATIF_LENGTH } from './whatif';

/** Raw search params as Next hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** Orders of the matrix and issue lists: `gap` by the distance between positions, `range-gap` by the range gap. */
export const sortSchema = z.enum(['gap', 'range-gap', 'salience', 'title']);
/** Review states a workspace matrix can be filtered to (`?review=`); folder datasets have none. */
export const reviewFilterSchema = z.enum(['awaiting', 'challenged', 'approved']);
/** Colour themes; `auto` follows the system setting, `contrast` is for projectors. */
export const themeSchema = z.enum(['auto', 'light', 'dark', 'contrast']);

/** Every view's state, one set of names on every page. Absent means "the default". */
export const viewStateSchema = z.object({
  /** Chosen parties in display order; undefined = all, in dataset order. */
  parties: z.array(z.string()).optional(),
  /** Round viewed; undefined = the latest. */
  round: z.string().optional(),
  sort: sortSchema,
  q: z.string(),
  /** `gaps`: only issues whose widest pair is at least ONLY_GAPS_THRESHOLD (lib/analysis) points apart. */
  only: z.literal('gaps').optional(),
  /** Chosen issues in order; undefined = all, in dataset order. */
  issues: z.array(z.string()).optional(),
  /** Slide number, from 1. */
  slide: z.number().int().min(1),
  theme: themeSchema,
  /** Matrix page, from 1 (the matrix shows `rows` issues per page). */
  page: z.number().int().min(1),
  /** Issues per matrix page; one of ROWS_PER_PAGE. */
  rows: z.number().int().min(1),
  /** The dataset's version to show (a workspace revision: "12", "r12"); undefined = the latest. */
  version: z.string().optional(),
  /** Briefing: add a "What changed since" slide for changes after this date or revision. */
  since: z.string().optional(),
  /** Orient the view to this party (id): issues whose 100 end is its aim read flipped. */
  orient: z.string().optional(),
  /** What-if changes as the link writes them (`russia.security=40,ukraine.capability=60`), read by lib/url/whatif. */
  whatif: z.string().optional(),
  /** Matrix: only cells in this review state are shown (workspace datasets; docs/workspace-review.md). */
  review: reviewFilterSchema.optional(),
  /** `only`: every view reads approved cells only (workspace datasets); kept on links like the version. */
  reviewed: z.literal('only').optional(),
});

/** A view's state. */
export type ViewState = z.infer<typeof viewStateSchema>;
/** The page sizes a reader can choose for the matrix (issues per page). */
export const ROWS_PER_PAGE = [25, 50, 100, 200] as const;

/** The state of a view with nothing chosen. */
export const DEFAULT_VIEW: ViewState = {
  sort: 'gap',
  q: '',
  slide: 1,
  theme: 'auto',
  page: 1,
  rows: 50,
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A short plain value (letters, digits, '-', '.', ':'), or undefined. */
function plainToken(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  return value && /^[\w.:-]{1,64}$/.test(value) ? value : undefined;
}

function idList(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 500);
}

/**
 * Reads every view parameter in one place. Unknown parties, issues and rounds are dropped
 * with a note the page shows; a bad value for any other parameter falls back to the default.
 */
export function parseViewState(
  params: SearchParams,
  dataset: Dataset,
): { state: ViewState; notes: string[] } {
  const notes: string[] = [];
  const state: ViewState = { ...DEFAULT_VIEW };

  const pick = (name: 'parties' | 'issues', known: Set<string>, noun: string) => {
    const raw = first(params[name]);
    if (raw === undefined) return undefined;
    const ids = [...new Set(idList(raw))];
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length) notes.push(`Ignored unknown ${noun}: ${unknown.join(', ')}.`);
    const kept = ids.filter((id) => known.has(id));
    return kept.length ? kept : undefined;
  };
  const parties = pick('parties', new Set(dataset.parties.map((p) => p.id)), 'party');
  if (parties) state.parties = parties;
  const issues = pick('issues', new Set(dataset.issues.map((i) => i.id)), 'issue');
  if (issues) state.issues = issues;

  const round = first(params.round);
  if (round !== undefined && round !== '') {
    if (dataset.rounds.some((r) => r.id === round)) state.round = round;
    else notes.push(`Ignored unknown round: ${round}.`);
  }
  const sort = sortSchema.safeParse(first(params.sort));
  if (sort.success) state.sort = sort.data;
  const theme = themeSchema.safeParse(first(params.theme));
  if (theme.success) state.theme = theme.data;
  const q = first(params.q);
  if (q) state.q = q.slice(0, 200);
  if (first(params.only) === 'gaps') state.only = 'gaps';
  const slide = Number(first(params.slide));
  if (Number.isInteger(slide) && slide >= 1 && slide <= 10000) state.slide = slide;
  const page = Number(first(params.page));
  if (Number.isInteger(page) && page >= 1 && page <= 100000) state.page = page;
  const rows = Number(first(params.rows));
  if ((ROWS_PER_PAGE as readonly number[]).includes(rows)) state.rows = rows;
  // Checked against the dataset by the store (lib/data/route); here only kept short and plain.
  const version = plainToken(first(params.version));
  if (version) state.version = version;
  const since = plainToken(first(params.since));
  if (since) state.since = since;
  const orient = first(params.orient);
  if (orient) {
    if (dataset.parties.some((p) => p.id === orient)) state.orient = orient;
    else notes.push(`Ignored unknown party to orient to: ${orient.slice(0, 64)}.`);
  }
  // Read against the dataset by the route helpers (lib/data/route), which note any bad part.
  const whatif = first(params.whatif)?.trim().slice(0, MAX_WHATIF_LENGTH);
  if (whatif) state.whatif = whatif;
  const review = first(params.review);
  if (review) {
    const parsed = reviewFilterSchema.safeParse(review);
    if (parsed.success) state.review = parsed.data;
    else
      notes.push(
        `Ignored unknown review state: ${review.slice(0, 64)} (use awaiting, challenged or approved).`,
      );
  }
  const reviewed = first(params.reviewed);
  if (reviewed) {
    if (reviewed === 'only') state.reviewed = 'only';
    else notes.push(`Ignored reviewed=${reviewed.slice(0, 64)}: the only value is reviewed=only.`);
  }
  return { state, notes };
}

/**
 * Writes a view's state as a query string, dropping every default (so links stay short and
 * shareable): `?parties=ukraine,russia&sort=title`. Returns '' when everything is default.
 */
export function toQueryString(state: Partial<ViewState>, dataset?: Dataset): string {
  const out = new URLSearchParams();
  const allParties = dataset?.parties.map((p) => p.id).join(',');
  const allIssues = dataset?.issues.map((i) => i.id).join(',');
  if (state.parties?.length && state.parties.join(',') !== allParties)
    out.set('parties', state.parties.join(','));
  if (state.issues?.length && state.issues.join(',') !== allIssues)
    out.set('issues', state.issues.join(','));
  const latest = dataset ? latestRoundId(dataset) : undefined;
  if (state.round && state.round !== latest) out.set('round', state.round);
  if (state.sort && state.sort !== DEFAULT_VIEW.sort) out.set('sort', state.sort);
  if (state.q) out.set('q', state.q);
  if (state.only) out.set('only', state.only);
  if (state.slide && state.slide !== DEFAULT_VIEW.slide) out.set('slide', String(state.slide));
  if (state.theme && state.theme !== DEFAULT_VIEW.theme) out.set('theme', state.theme);
  if (state.rows && state.rows !== DEFAULT_VIEW.rows) out.set('rows', String(state.rows));
  if (state.page && state.page !== DEFAULT_VIEW.page) out.set('page', String(state.page));
  if (state.since) out.set('since', state.since);
  if (state.version) out.set('version', state.version);
  if (state.orient) out.set('orient', state.orient);
  if (state.whatif) out.set('whatif', state.whatif);
  if (state.review) out.set('review', state.review);
  if (state.reviewed) out.set('reviewed', state.reviewed);
  const query = out.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/**
 * `href` with `query` ('?…', or '') added. A route builder's href may already carry a query (the
 * version, orientation, what-if and reviewed-only a request keeps): its parameters follow the
 * query's, unless the query names them too, so the two never run together as `?a=1?b=2`.
 */
export function withQuery(href: string, query: string): string {
  const hashAt = href.indexOf('#');
  const hash = hashAt === -1 ? '' : href.slice(hashAt);
  const rest = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = rest.indexOf('?');
  if (queryAt === -1) return `${rest}${query}${hash}`;
  const params = new URLSearchParams(query);
  for (const [name, value] of new URLSearchParams(rest.slice(queryAt)))
    if (!params.has(name)) params.append(name, value);
  const text = params.toString().replace(/%2C/g, ',');
  return `${rest.slice(0, queryAt)}${text ? `?${text}` : ''}${hash}`;
}

/**
 * A link to `path` (which may carry kept parameters already) with the state plus `changes`,
 * defaults dropped. A link that changes the view starts again on its first page, so `page` is
 * kept only when `changes` names it.
 */
export function viewHref(
  path: string,
  state: ViewState,
  changes: Partial<ViewState> = {},
  dataset?: Dataset,
): string {
  return withQuery(path, toQueryString({ ...state, page: undefined, ...changes }, dataset));
}

/** The view parameters every link between pages keeps: the version read, the orientation and the what-if changes. */
export type KeptView = Pick<ViewState, 'version' | 'orient' | 'whatif' | 'reviewed'>;

/**
 * The part of a view every link between pages keeps, as a query ('?version=3&orient=ukraine',
 * or ''): the version being read and the party the view is oriented to. Pages whose links take
 * no other view state (sources, pairs, the section navigation) add this, so reading an old
 * version or a flipped view never slips back to the latest or the coded reading unannounced.
 */
export function keptQuery(state: KeptView): string {
  return toQueryString({
    version: state.version,
    orient: state.orient,
    whatif: state.whatif,
    reviewed: state.reviewed,
  });
}

/** The id of the latest round by date (ties: the later in the file). */
export function latestRoundId(dataset: Dataset): string | undefined {
  let latest: { id: string; date: string } | undefined;
  for (const round of dataset.rounds) if (!latest || round.date >= latest.date) latest = round;
  return latest?.id;
}
