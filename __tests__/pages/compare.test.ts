import { takeSnapshot } from '@/lib/analysis';
import { agreementText, comparePair } from '@/lib/pages/compare';
import { alignmentText } from '@/lib/wording/agreement';
import { coded, dataset, outcome, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b', 'c'],
  issues: ['close', 'far', 'ranged', 'onlya', 'onlyb', 'agreed', 'none'],
  positions: [
    coded('a', 'close', 'r1', 50),
    coded('b', 'close', 'r1', 58),
    coded('a', 'far', 'r1', 0),
    coded('b', 'far', 'r1', 90),
    coded('a', 'ranged', 'r1', 20, { acceptable: { min: 10, max: 60 } }),
    coded('b', 'ranged', 'r1', 80, { acceptable: { min: 50, max: 90 } }),
    coded('a', 'onlya', 'r1', 40),
    silent('b', 'onlya', 'r1'),
    coded('b', 'onlyb', 'r1', 40),
    coded('c', 'onlya', 'r1', 40),
    coded('a', 'agreed', 'r1', 100),
  ],
  outcomes: [outcome('agreed', 'r1', ['a', 'b', 'c'])],
});
const pairOf = (a: string, b: string) =>
  comparePair(d.issues, takeSnapshot(d, { parties: [a, b] }), d.outcomes ?? [], a, b);

describe('comparePair', () => {
  const pair = pairOf('a', 'b');
  const row = (id: string) => pair.rows.find((r) => r.issue.id === id)!;

  it('gives a gap only where both are known', () => {
    expect(row('close').apart).toEqual({ distance: 8, rangeGap: 8, ranged: false });
    expect(row('far').apart).toEqual({ distance: 90, rangeGap: 90, ranged: false });
    expect(row('ranged').apart).toEqual({ distance: 60, rangeGap: 0, ranged: true });
    expect(row('onlya').apart).toBeUndefined();
    expect(row('none').apart).toBeUndefined();
  });

  it('lists agreements: outcome first, then overlap, then close', () => {
    expect(pair.agreements.map((r) => [r.issue.id, r.agreement])).toEqual([
      ['agreed', 'outcome'],
      ['ranged', 'overlap'],
      ['close', 'close'],
    ]);
    expect(row('ranged').overlap).toEqual({ min: 50, max: 60 });
    expect(row('agreed').outcome?.summary).toBe('Agreed.');
  });

  it('lists issues whose positions are more than 10 apart, furthest first, even where ranges overlap', () => {
    expect(pair.furthest.map((r) => r.issue.id)).toEqual(['far', 'ranged']);
  });

  it('lists one-sided issues for each side and counts the rest', () => {
    expect(pair.onlyA.map((r) => r.issue.id)).toEqual(['onlya', 'agreed']);
    expect(pair.onlyB.map((r) => r.issue.id)).toEqual(['onlyb']);
    expect(pair.neither).toBe(1);
  });

  it('scores alignment over the issues both know', () => {
    expect(pair.alignment.compared).toBe(3);
    expect(pair.alignment.score).toBeCloseTo(100 - (8 + 90 + 0) / 3);
  });

  it('has no score when no issue is known to both', () => {
    const bc = pairOf('b', 'c');
    expect(bc.alignment).toEqual({ a: 'b', b: 'c', compared: 0 });
    expect(alignmentText(bc.alignment)).toBe('no score: no issue where both are known');
  });

  it('keeps the side order given', () => {
    const ba = pairOf('b', 'a');
    expect(ba.onlyA.map((r) => r.issue.id)).toEqual(['onlyb']);
    expect(ba.rows[0]!.a.party).toBe('b');
  });
});

describe('alignmentText', () => {
  it('words a score with the number of issues', () => {
    expect(alignmentText({ a: 'a', b: 'b', score: 71.6, compared: 1 })).toBe(
      'alignment 72 of 100, over 1 issue compared',
    );
  });
});

describe('agreementText', () => {
  it('words each reason', () => {
    const pair = pairOf('a', 'b');
    const text = (id: string) => agreementText(pair.rows.find((r) => r.issue.id === id)!);
    expect(text('agreed')).toBe('a recorded outcome names both');
    expect(text('ranged')).toBe('acceptable ranges overlap at 50–60; positions 60 apart');
    expect(text('close')).toBe('within 10 points (positions 8 apart)');
    expect(text('far')).toBe('');
  });
});
