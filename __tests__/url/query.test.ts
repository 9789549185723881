import type { Dataset } from '@/lib/model';
import { DEFAULT_VIEW, parseViewState, toQueryString, viewHref, withQuery } from '@/lib/url/query';

const dataset = {
  parties: [{ id: 'ukraine' }, { id: 'russia' }, { id: 'us' }],
  issues: [{ id: 'ceasefire' }, { id: 'nato' }],
  rounds: [
    { id: 'r1', date: '2025-05-10' },
    { id: 'r2', date: '2025-05-16' },
  ],
} as unknown as Dataset;

describe('parseViewState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseViewState({}, dataset)).toEqual({ state: DEFAULT_VIEW, notes: [] });
  });

  it('reads every parameter', () => {
    const { state, notes } = parseViewState(
      {
        parties: 'russia,ukraine',
        issues: 'nato',
        round: 'r1',
        sort: 'title',
        q: 'truce',
        only: 'gaps',
        slide: '3',
        theme: 'contrast',
        page: '4',
        rows: '100',
      },
      dataset,
    );
    expect(notes).toEqual([]);
    expect(state).toEqual({
      parties: ['russia', 'ukraine'],
      issues: ['nato'],
      round: 'r1',
      sort: 'title',
      q: 'truce',
      only: 'gaps',
      slide: 3,
      theme: 'contrast',
      page: 4,
      rows: 100,
    });
  });

  it('drops unknown parties, issues and rounds with a visible note', () => {
    const { state, notes } = parseViewState(
      { parties: 'ukraine,mars', issues: 'moon', round: 'r9' },
      dataset,
    );
    expect(state.parties).toEqual(['ukraine']);
    expect(state.issues).toBeUndefined();
    expect(state.round).toBeUndefined();
    expect(notes).toEqual([
      'Ignored unknown party: mars.',
      'Ignored unknown issue: moon.',
      'Ignored unknown round: r9.',
    ]);
  });

  it('falls back to defaults on bad values', () => {
    const { state, notes } = parseViewState(
      {
        sort: 'random',
        slide: '-2',
        theme: 'neon',
        only: 'all',
        page: '0',
        rows: '51',
      },
      dataset,
    );
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notes).toEqual([]);
  });

  it('reads each sort order, range-gap included, and writes it back', () => {
    for (const sort of ['gap', 'range-gap', 'salience', 'title'] as const)
      expect(parseViewState({ sort }, dataset).state.sort).toBe(sort);
    expect(toQueryString({ ...DEFAULT_VIEW, sort: 'range-gap' }, dataset)).toBe('?sort=range-gap');
    expect(toQueryString({ ...DEFAULT_VIEW, sort: 'gap' }, dataset)).toBe('');
  });

  it('accepts only whole page numbers and the offered page sizes', () => {
    for (const page of ['1.5', 'abc', '-1', '1e9', ''])
      expect(parseViewState({ page }, dataset).state.page).toBe(1);
    for (const rows of ['10', '1000', 'all', '-25'])
      expect(parseViewState({ rows }, dataset).state.rows).toBe(50);
    expect(parseViewState({ rows: '25' }, dataset).state.rows).toBe(25);
    expect(parseViewState({ rows: '200' }, dataset).state.rows).toBe(200);
  });

  it('takes the first of repeated parameters and removes duplicate ids', () => {
    const { state } = parseViewState(
      { parties: ['us,us,russia', 'ukraine'], slide: ['2', '5'] },
      dataset,
    );
    expect(state.parties).toEqual(['us', 'russia']);
    expect(state.slide).toBe(2);
  });
});

describe('toQueryString', () => {
  it('drops defaults, including all parties in dataset order and the latest round', () => {
    expect(
      toQueryString(
        { ...DEFAULT_VIEW, parties: ['ukraine', 'russia', 'us'], round: 'r2' },
        dataset,
      ),
    ).toBe('');
  });

  it('keeps chosen values with readable commas', () => {
    expect(
      toQueryString(
        { ...DEFAULT_VIEW, parties: ['russia', 'ukraine'], round: 'r1', q: 'a b' },
        dataset,
      ),
    ).toBe('?parties=russia,ukraine&round=r1&q=a+b');
  });

  it('writes the page and page size only when they differ from the defaults', () => {
    expect(toQueryString({ ...DEFAULT_VIEW, page: 1, rows: 50 }, dataset)).toBe('');
    expect(toQueryString({ ...DEFAULT_VIEW, page: 3, rows: 25 }, dataset)).toBe('?rows=25&page=3');
  });
});

describe('viewHref', () => {
  it('applies changes over the current state', () => {
    const state = { ...DEFAULT_VIEW, sort: 'title' as const };
    expect(viewHref('/x/matrix', state, { sort: 'gap', only: 'gaps' }, dataset)).toBe(
      '/x/matrix?only=gaps',
    );
  });

  it('starts a changed view on its first page, keeping the page size', () => {
    const state = { ...DEFAULT_VIEW, page: 4, rows: 100 };
    expect(viewHref('/x/matrix', state, { sort: 'title' }, dataset)).toBe(
      '/x/matrix?sort=title&rows=100',
    );
    expect(viewHref('/x/matrix', state, { page: 5 }, dataset)).toBe('/x/matrix?rows=100&page=5');
  });

  it('merges with the parameters a route builder kept on the path, never writing a second ?', () => {
    const state = { ...DEFAULT_VIEW, round: 'r1', orient: 'ukraine' };
    expect(viewHref('/x/matrix?orient=ukraine&version=3', state, { sort: 'title' }, dataset)).toBe(
      '/x/matrix?round=r1&sort=title&orient=ukraine&version=3',
    );
  });
});

describe('withQuery', () => {
  it('appends a query to a path without one, before its anchor', () => {
    expect(withQuery('/x/matrix', '?round=r1')).toBe('/x/matrix?round=r1');
    expect(withQuery('/x/matrix#cell-a--b', '?round=r1')).toBe('/x/matrix?round=r1#cell-a--b');
    expect(withQuery('/x/matrix', '')).toBe('/x/matrix');
  });

  it("keeps the path's own parameters after the query's, the query winning a name both give", () => {
    expect(withQuery('/x/matrix?version=3&orient=us#c', '?round=r1&orient=ukraine')).toBe(
      '/x/matrix?round=r1&orient=ukraine&version=3#c',
    );
    expect(withQuery('/x/brief?orient=ukraine', '')).toBe('/x/brief?orient=ukraine');
    expect(withQuery('/x/matrix?parties=a,b', '?round=r1')).toBe('/x/matrix?round=r1&parties=a,b');
  });
});
