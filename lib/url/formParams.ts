import type { SearchParams } from './query';

/**
 * A GET form with one checkbox per party sends `parties=a&parties=b`; the URL-state parser reads
 * the comma form `parties=a,b`. This joins repeated list parameters into that form, so a form
 * submission and a shared link mean the same thing.
 */
export function joinListParams(params: SearchParams): SearchParams {
  const out: SearchParams = { ...params };
  for (const name of ['parties', 'issues'] as const) {
    const value = params[name];
    if (Array.isArray(value)) out[name] = value.join(',');
  }
  return out;
}

/** A request URL's query as Next hands search params to a page: a name given once as a string, a repeated name as an array. */
export function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    params[key] = values.length === 1 ? values[0] : values;
  }
  return params;
}
