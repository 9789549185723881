import type { Dataset } from '@/lib/model';
import { DEFAULT_VIEW, parseViewState, toQueryString, viewHref } from '@/lib/view/query';

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
      { sort: 'random', slide: '-2', theme: 'neon', only: 'all' },
      dataset,
    );
    expect(state).toEqual(DEFAULT_VIEW);
    expect(notes).toEqual([]);
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
});

describe('viewHref', () => {
  it('applies changes over the current state', () => {
    const state = { ...DEFAULT_VIEW, sort: 'title' as const };
    expect(viewHref('/x/matrix', state, { sort: 'gap', only: 'gaps' }, dataset)).toBe(
      '/x/matrix?only=gaps',
    );
  });
});
