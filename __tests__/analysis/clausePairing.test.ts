import {
  pairClauses,
  SIMILAR_TEXT,
  textSimilarity,
  type ClausePairing,
  type PairableClause,
} from '@/lib/analysis';

const clause = (number: string, text: string): PairableClause => ({ number, text });

/** Each line as "kind a-numbers → b-numbers", in the order the redline shows them. */
const lines = (before: PairableClause[], after: PairableClause[]) =>
  pairClauses(before, after).map(
    (l: ClausePairing) =>
      `${l.kind} ${l.a.map((i) => before[i]!.number).join('+') || '-'} → ${l.b.map((j) => after[j]!.number).join('+') || '-'}`,
  );

const SHARE = 'Just over half of the outflow shall be released downstream in every season.';
const DAMS =
  'New dams may be built only after a joint review, and half of the planned dams shall wait for it.';
const BODY = 'A joint monitoring body shall have access to every gauging station.';
const FUND = 'A fund paid by both states shall repair the river banks after every flood.';

describe('textSimilarity', () => {
  it('is the share of words in common, punctuation and case aside', () => {
    expect(textSimilarity('The dams wait.', 'the dams wait')).toBe(1);
    expect(textSimilarity('a b c d', 'a b x y')).toBe(0.5);
    expect(textSimilarity('a b', 'c d')).toBe(0);
    expect(textSimilarity('', '')).toBe(1);
  });
});

describe('pairClauses', () => {
  it('keeps clauses with the same words, and calls a reworded one changed', () => {
    const before = [clause('1', SHARE), clause('2', DAMS), clause('3', BODY)];
    const after = [
      clause('1', SHARE),
      clause('2', DAMS.replace('half of the planned', 'a third of the planned')),
      clause('3', BODY),
    ];
    expect(lines(before, after)).toEqual(['kept 1 → 1', 'changed 2 → 2', 'kept 3 → 3']);
    expect(pairClauses(before, after)[1]?.similarity).toBeGreaterThan(SIMILAR_TEXT);
  });

  it('pairs renumbered clauses by their text, not by their numbers', () => {
    const before = [clause('1', SHARE), clause('2', DAMS), clause('3', BODY)];
    // A new clause 1 pushes every other one down by one.
    const after = [
      clause('1', FUND),
      clause('2', SHARE),
      clause('3', DAMS.replace('joint review', 'joint technical review')),
      clause('4', BODY),
    ];
    expect(lines(before, after)).toEqual([
      'added - → 1',
      'kept 1 → 2',
      'changed 2 → 3',
      'kept 3 → 4',
    ]);
  });

  it('finds a clause split in two', () => {
    const before = [clause('1', SHARE), clause('2', DAMS), clause('3', BODY)];
    const after = [
      clause('1', SHARE),
      clause('2', 'New dams may be built only after a joint review.'),
      clause('3', 'Half of the planned dams shall wait for the review.'),
      clause('4', BODY),
    ];
    expect(lines(before, after)).toEqual(['kept 1 → 1', 'split 2 → 2+3', 'kept 3 → 4']);
  });

  it('finds two clauses merged into one', () => {
    const before = [
      clause('1', 'New dams may be built only after a joint review.'),
      clause('2', 'Half of the planned dams shall wait for the review.'),
      clause('3', BODY),
    ];
    const after = [clause('1', DAMS), clause('2', BODY)];
    expect(lines(before, after)).toEqual(['merged 1+2 → 1', 'kept 3 → 2']);
  });

  it('drops a clause, placing it after the line of the clause before it', () => {
    const before = [clause('1', SHARE), clause('2', FUND), clause('3', DAMS), clause('4', BODY)];
    const after = [clause('1', SHARE), clause('2', DAMS), clause('3', BODY)];
    expect(lines(before, after)).toEqual([
      'kept 1 → 1',
      'dropped 2 → -',
      'kept 3 → 2',
      'kept 4 → 3',
    ]);
  });

  it('puts a dropped first clause first', () => {
    expect(lines([clause('1', FUND), clause('2', BODY)], [clause('1', BODY)])).toEqual([
      'dropped 1 → -',
      'kept 2 → 1',
    ]);
  });

  it('pairs two clauses with the same number from a lower share of words in common', () => {
    const before = [clause('5', 'Each state keeps its own gauges on its stretch of the river.')];
    const after = [
      clause('5', 'A joint body reads every gauge on the river and reports to each state.'),
    ];
    const similarity = textSimilarity(before[0]!.text, after[0]!.text);
    expect(similarity).toBeLessThan(SIMILAR_TEXT);
    expect(lines(before, after)).toEqual(['changed 5 → 5']);
    // With different numbers the same two texts are unrelated.
    expect(similarity).toBeGreaterThan(0.3);
    expect(lines(before, [{ ...after[0]!, number: '9' }])).toEqual([
      'dropped 5 → -',
      'added - → 9',
    ]);
  });

  it('pairs two clauses with the same number that name a common issue, however reworded', () => {
    const monitoring = [{ issue: 'monitoring', value: 100 }];
    const before = [{ ...clause('3', BODY), issues: monitoring }];
    const after = [
      {
        ...clause('3', 'Each state keeps its own gauges, and a joint body checks their readings.'),
        issues: [{ issue: 'monitoring', value: 50 }],
      },
    ];
    expect(textSimilarity(BODY, after[0]!.text)).toBeLessThan(0.3);
    expect(lines(before, after)).toEqual(['changed 3 → 3']);
    expect(lines([clause('3', BODY)], after)).toEqual(['dropped 3 → -', 'added - → 3']);
  });

  it('never reads a short stock phrase as part of a split', () => {
    const before = [clause('1', DAMS)];
    const after = [clause('1', DAMS), clause('2', 'The dams.')];
    expect(lines(before, after)).toEqual(['kept 1 → 1', 'added - → 2']);
  });

  it('prefers the same number among identical texts', () => {
    const before = [clause('1', BODY), clause('2', BODY)];
    const after = [clause('2', BODY), clause('1', BODY)];
    expect(lines(before, after)).toEqual(['kept 2 → 2', 'kept 1 → 1']);
  });

  it('has no lines for two empty texts, and only additions or drops against an empty one', () => {
    expect(pairClauses([], [])).toEqual([]);
    expect(lines([], [clause('1', BODY)])).toEqual(['added - → 1']);
    expect(lines([clause('1', BODY)], [])).toEqual(['dropped 1 → -']);
  });
});
