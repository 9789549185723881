import { redlineOf, redlineSummary, supersessionPairs } from '@/lib/analysis';
import type { Clause, Dataset, Party } from '@/lib/model';

const issues = ['share', 'dams', 'body'].map((id) => ({ id }));

const proposal = (id: string, clauses: Clause[], supersedes?: string): Party => ({
  id,
  name: id,
  shortName: id,
  kind: 'proposal',
  clauses,
  ...(supersedes ? { supersedes } : {}),
});

const clause = (number: string, text: string, links: [string, number][] = []): Clause => ({
  number,
  text,
  source: 'src',
  ...(links.length ? { issues: links.map(([issue, value]) => ({ issue, value })) } : {}),
});

const SHARE = 'Just over half of the outflow shall be released downstream in every season.';
const DROUGHT =
  'In a drought the share released downstream may fall to two fifths for ninety days.';
const DAMS = 'New dams may be built only after a joint review of every planned dam.';
const BODY = 'A joint monitoring body shall have access to every gauging station.';
const FUND = 'A fund paid by both states shall repair the river banks after every flood.';

const draft = proposal('draft', [
  clause('1', SHARE, [['share', 55]]),
  clause('2', DROUGHT, [['share', 40]]),
  clause('3', DAMS, [['dams', 50]]),
  clause('4', BODY, [['body', 100]]),
  clause('5', FUND),
]);
const counter = proposal(
  'counter',
  [
    clause('1', SHARE.replace('Just over half', 'Two thirds'), [['share', 65]]),
    clause('2', DROUGHT.replace('two fifths', 'one half'), [['share', 50]]),
    clause('3', DAMS, [['dams', 50]]),
    clause('4', 'Each state keeps its own gauges, and a joint body checks the readings.', [
      ['body', 50],
    ]),
    clause('5', 'The towns downstream are heard before any change.', [['share', 80]]),
  ],
  'draft',
);

describe('redlineOf', () => {
  it('is undefined when either proposal has no clauses', () => {
    expect(redlineOf({ issues }, proposal('x', []), counter)).toBeUndefined();
    expect(redlineOf({ issues }, counter, { ...draft, clauses: undefined })).toBeUndefined();
  });

  it('counts each kind of line and diffs only the changed ones', () => {
    const r = redlineOf({ issues }, draft, counter)!;
    expect(r.counts).toEqual({ kept: 1, changed: 3, split: 0, merged: 0, dropped: 1, added: 1 });
    expect(r.lines.filter((l) => l.diff).map((l) => l.kind)).toEqual([
      'changed',
      'changed',
      'changed',
    ]);
    expect(r.lines.find((l) => l.kind === 'kept')?.diff).toBeUndefined();
  });

  it("moves each line's issues by the new value minus the old, and leaves a one-sided issue without a move", () => {
    const r = redlineOf({ issues }, draft, counter)!;
    const first = r.lines[0]!;
    expect(first.moves).toEqual([
      {
        issue: 'share',
        from: { value: 55, clauses: 1, spread: false },
        to: { value: 65, clauses: 1, spread: false },
        delta: 10,
      },
    ]);
    const added = r.lines.find((l) => l.kind === 'added')!;
    expect(added.moves).toEqual([
      {
        issue: 'share',
        from: { clauses: 0, spread: false },
        to: { value: 80, clauses: 1, spread: false },
      },
    ]);
  });

  it("measures a text's value on an issue as the mean of its clauses' values", () => {
    const r = redlineOf({ issues }, draft, counter)!;
    const share = r.issues.find((m) => m.issue === 'share')!;
    // draft: 55 and 40; counter: 65, 50 and 80.
    expect(share.from).toEqual({ value: 47.5, clauses: 2, spread: true });
    expect(share.to).toEqual({ value: 65, clauses: 3, spread: true });
    expect(share.delta).toBe(17.5);
    expect(r.issues.map((m) => [m.issue, m.delta])).toEqual([
      ['share', 17.5],
      ['dams', 0],
      ['body', -50],
    ]);
  });
});

describe('redlineSummary', () => {
  it('counts clauses, the issues both texts name and those that move, largest move first', () => {
    const s = redlineSummary(redlineOf({ issues }, draft, counter)!);
    expect(s.clauses).toEqual({ a: 5, b: 5 });
    expect(s.both.map((m) => m.issue)).toEqual(['share', 'dams', 'body']);
    expect(s.moved.map((m) => [m.issue, m.delta])).toEqual([
      ['body', -50],
      ['share', 17.5],
    ]);
    expect(s.onlyA).toEqual([]);
    expect(s.onlyB).toEqual([]);
  });

  it('lists the issues only one text names', () => {
    const old = proposal('old', [
      clause('1', BODY, [['body', 100]]),
      clause('2', DAMS, [['dams', 40]]),
    ]);
    const next = proposal('new', [
      clause('1', BODY, [['body', 100]]),
      clause('2', SHARE, [['share', 60]]),
    ]);
    const s = redlineSummary(redlineOf({ issues }, old, next)!);
    expect(s.both.map((m) => m.issue)).toEqual(['body']);
    expect(s.moved).toEqual([]);
    expect(s.onlyA.map((m) => m.issue)).toEqual(['dams']);
    expect(s.onlyB.map((m) => m.issue)).toEqual(['share']);
  });
});

describe('supersessionPairs', () => {
  it('pairs each proposal with clauses with the proposals with clauses that supersede it', () => {
    const later = proposal('later', [clause('1', BODY)], 'counter');
    const empty = proposal('empty', [], 'draft');
    const parties: Dataset['parties'] = [draft, counter, later, empty];
    expect(supersessionPairs({ parties }).map(([a, b]) => `${a.id}→${b.id}`)).toEqual([
      'draft→counter',
      'counter→later',
    ]);
  });
});
