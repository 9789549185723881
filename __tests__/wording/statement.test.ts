import { contestedCells, takeSnapshot } from '@/lib/analysis';
import type { CodedEvidence } from '@/lib/model';
import {
  CONTESTED_RULE,
  contestedPairText,
  contestedText,
  moreQuotesText,
  quoteReadingText,
  readingRangeText,
  statementDate,
  statementText,
} from '@/lib/wording/statement';
import { coded, dataset } from '../analysis/fixtures';

const FSI = '\u2068';
const PDI = '\u2069';
const quote = (extra: Partial<CodedEvidence> = {}): CodedEvidence => ({
  source: 'src',
  quote: 'A quote.',
  attribution: 'own-words',
  ...extra,
});
const ROUND = '2025-05-10';

describe('statementDate', () => {
  it("is the quote's date only where it is not the round's", () => {
    expect(statementDate(quote({ date: '2025-02-12' }), ROUND)).toBe('2025-02-12');
    expect(statementDate(quote({ date: ROUND }), ROUND)).toBeUndefined();
    expect(statementDate(quote({ date: '2025-05' }), ROUND)).toBe('2025-05');
    expect(statementDate(quote(), ROUND)).toBeUndefined();
  });
});

describe('statementText', () => {
  const hegseth = 'Pete Hegseth, US Defense Secretary';

  it('names the speaker and a date that differs from the round', () => {
    expect(statementText(quote({ speaker: hegseth, date: '2025-02-12' }), ROUND)).toBe(
      `said by ${FSI}${hegseth}${PDI}, on 12 February 2025`,
    );
  });

  it('names the speaker alone when the date is the round’s or not given', () => {
    expect(statementText(quote({ speaker: hegseth, date: ROUND }), ROUND)).toBe(
      `said by ${FSI}${hegseth}${PDI}`,
    );
    expect(statementText(quote({ speaker: hegseth }), ROUND)).toBe(
      `said by ${FSI}${hegseth}${PDI}`,
    );
  });

  it('gives a month or a year as known, and marks an inferred date', () => {
    expect(statementText(quote({ date: '2025-02' }), ROUND)).toBe('said in February 2025');
    expect(statementText(quote({ date: '2024', dateInferred: true }), ROUND)).toBe(
      'said in 2024 (date inferred)',
    );
  });

  it('is undefined with no speaker and no other date', () => {
    expect(statementText(quote(), ROUND)).toBeUndefined();
    expect(statementText(quote({ date: ROUND, dateInferred: true }), ROUND)).toBeUndefined();
  });
});

describe('readings in words', () => {
  it('words a range, a single reading and a quote without one', () => {
    expect(readingRangeText({ min: 20, max: 80 })).toBe('readings 20–80 of 100');
    expect(readingRangeText({ min: 70, max: 70 })).toBe('readings all 70 of 100');
    expect(contestedText({ value: 50, min: 20, max: 80, readings: [20, 80] })).toBe(
      'sources disagree: readings 20–80 of 100 (coded 50)',
    );
    expect(quoteReadingText(20, 50)).toBe('reads 20 of 100');
    expect(quoteReadingText(undefined, 50)).toBe('reads as the coded value (50)');
    expect(moreQuotesText(1)).toBe('+1 more quote');
    expect(moreQuotesText(3)).toBe('+3 more quotes');
  });

  it('states the rule with the threshold', () => {
    expect(CONTESTED_RULE).toMatch(/more than 10 points from the cell’s coded value/);
    expect(CONTESTED_RULE).toMatch(/exactly 10 away does not count/);
  });
});

describe('contestedPairText', () => {
  it('names each contested side of a ranked pair, and nothing for an agreed one', () => {
    const d = dataset({
      parties: ['a', 'b', 'c'],
      positions: [
        { ...coded('a', 'x', 'r1', 50), evidence: [quote(), quote({ reading: 10 })] },
        coded('b', 'x', 'r1', 90),
        coded('c', 'x', 'r1', 0),
      ],
    });
    const contested = contestedCells(takeSnapshot(d));
    const name = (id: string) => id.toUpperCase();
    expect(contestedPairText(contested, { issue: 'x', a: 'a', b: 'b' }, name)).toBe(
      `sources disagree on ${FSI}A${PDI}'s value (readings 10–50 of 100)`,
    );
    expect(contestedPairText(contested, { issue: 'x', a: 'b', b: 'c' }, name)).toBeUndefined();
  });
});
