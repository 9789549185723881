import {
  applyEdits,
  baseKey,
  canonicalJson,
  conflictsWith,
  contentHash,
  describeConflict,
  describeEdit,
  diffStates,
  emptyState,
  parseVersion,
  revertEdits,
  type DatasetState,
  type Revision,
} from '@/lib/data/workspace';

const pos = (party: string, value: number) => ({
  party,
  issue: 'border',
  round: 'r1',
  status: 'stated',
  value,
});
const state = (): DatasetState => ({
  doc: {
    title: 'Talks',
    sources: [{ id: 's', file: 's.txt' }],
    positions: [pos('a', 10), pos('b', 20)],
  },
  texts: { 's.txt': 'The text.' },
});

describe('baseKey', () => {
  test('finds positions by cell, sources by id, delegations by party and round', () => {
    expect(baseKey('positions', pos('a', 1))).toBe('a/border/r1');
    expect(baseKey('sources', { source: { id: 's' }, text: '' })).toBe('s');
    expect(baseKey('delegations', { party: 'a' })).toBe('a/*');
    expect(baseKey('outcomes', { issue: 'i', round: 'r', parties: ['b', 'a'] })).toBe('i/r/a+b');
  });
});

describe('applyEdits', () => {
  test('replaces, adds and removes items, recording before values and places', () => {
    const {
      state: next,
      recorded,
      problems,
    } = applyEdits(state(), [
      { part: 'positions', key: 'a/border/r1', after: pos('a', 15) },
      { part: 'positions', key: 'b/border/r1', after: null },
      { part: 'positions', key: 'c/border/r1', after: pos('c', 30) },
    ]);
    expect(problems).toEqual([]);
    expect(next.doc.positions).toEqual([pos('a', 15), pos('c', 30)]);
    expect(recorded.map((e) => [e.key, e.before, e.index])).toEqual([
      ['a/border/r1', pos('a', 10), 0],
      ['b/border/r1', pos('b', 20), 1],
      ['c/border/r1', null, undefined],
    ]);
  });

  test('a source edit carries its text; a text no source names is dropped', () => {
    const { state: next } = applyEdits(state(), [
      { part: 'sources', key: 's', after: { source: { id: 's', file: 'new.txt' }, text: 'New.' } },
    ]);
    expect(next.texts).toEqual({ 'new.txt': 'New.' });
  });

  test('names bad edits by path and drops edits that change nothing', () => {
    const { recorded, problems } = applyEdits(state(), [
      { part: 'title', key: '', after: 'Talks' },
      { part: 'positions', key: 'x/border/r1', after: null },
      { part: 'positions', key: 'a/border/r1', after: pos('b', 1) },
      { part: 'colour' as never, key: '', after: 1 },
    ]);
    expect(recorded).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual([
      'change[1].key',
      'change[2].key',
      'change[3].part',
    ]);
  });
});

describe('revertEdits', () => {
  test('undoes a revision exactly, items back in their places', () => {
    const start = state();
    const { state: next, recorded } = applyEdits(start, [
      { part: 'positions', key: 'a/border/r1', after: null },
      { part: 'title', key: '', after: 'Renamed' },
      { part: 'positions', key: 'c/border/r1', after: pos('c', 5) },
    ]);
    expect(revertEdits(next, recorded)).toEqual(start);
  });
});

describe('diffStates', () => {
  test('gives the edits from one state to another, and from nothing to a whole dataset', () => {
    const { state: next } = applyEdits(state(), [
      { part: 'positions', key: 'b/border/r1', after: pos('b', 25) },
    ]);
    expect(diffStates(state(), next)).toEqual([
      {
        part: 'positions',
        key: 'b/border/r1',
        before: pos('b', 20),
        after: pos('b', 25),
        index: 1,
      },
    ]);
    const all = diffStates(emptyState(), state());
    expect(applyEdits(emptyState(), all).state).toEqual(state());
  });
});

describe('contentHash', () => {
  test('ignores key order and notices any text change', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(contentHash({ a: 1, b: 2 }, { f: 'x' })).toBe(contentHash({ b: 2, a: 1 }, { f: 'x' }));
    expect(contentHash({ a: 1 }, { f: 'x' })).not.toBe(contentHash({ a: 1 }, { f: 'y' }));
  });
});

describe('parseVersion', () => {
  test('reads a revision number with or without its hash', () => {
    expect(parseVersion('12')).toEqual({ revision: 12, hash: undefined });
    expect(parseVersion('r3-0a1b2c3d')).toEqual({ revision: 3, hash: '0a1b2c3d' });
    expect(parseVersion('0')).toBeUndefined();
    expect(parseVersion('abc123de')).toBeUndefined();
  });
});

describe('conflictsWith', () => {
  test('names the latest revision that changed a touched cell, with the value at the base and now', () => {
    const rev = (number: number, author: string, before: unknown, after: unknown): Revision => ({
      dataset: 'd',
      number,
      author,
      time: `2026-01-0${number}T00:00:00.000Z`,
      reason: 'why',
      hash: '',
      edits: [{ part: 'positions', key: 'a/border/r1', before, after }],
    });
    const since = [
      rev(2, 'ana', pos('a', 10), pos('a', 11)),
      rev(3, 'ben', pos('a', 11), pos('a', 12)),
    ];
    expect(conflictsWith([{ part: 'positions', key: 'a/border/r1' }], since)).toEqual([
      expect.objectContaining({
        revision: 3,
        author: 'ben',
        before: pos('a', 10),
        after: pos('a', 12),
      }),
    ]);
    expect(conflictsWith([{ part: 'positions', key: 'b/border/r1' }], since)).toEqual([]);
  });
});

describe('describeEdit', () => {
  test('says what was added, removed or changed, old → new', () => {
    expect(
      describeEdit({
        part: 'positions',
        key: 'a/border/r1',
        before: pos('a', 10),
        after: pos('a', 40),
      }),
    ).toBe('~ positions a/border/r1: stated, value 10 → stated, value 40');
    expect(describeEdit({ part: 'title', key: '', before: null, after: 'T' })).toBe('+ title: "T"');
  });
});

describe('describeConflict', () => {
  test('says who changed the cell, when, why, and from what to what', () => {
    const line = describeConflict({
      part: 'positions',
      key: 'a/border/r1',
      revision: 4,
      author: 'ana',
      time: '2026-01-04T00:00:00.000Z',
      reason: 'new statement',
      before: { value: 10 },
      after: null,
    });
    expect(line).toBe(
      'positions a/border/r1 was changed in revision 4 by ana at 2026-01-04T00:00:00.000Z (new statement): {"value":10} → (none)',
    );
  });
});
