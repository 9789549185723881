import { agreementReasonText } from '@/lib/wording/agreement';
import { distanceText, gapLabel, gapText, rangeGapText } from '@/lib/wording/gap';

describe('gapText', () => {
  it('words the distance alone where no side gave a range', () => {
    expect(gapText({ distance: 65, rangeGap: 65, ranged: false })).toBe('positions 65 apart');
  });

  it('leads with the distance and gives the range gap beside it where ranges exist', () => {
    expect(gapText({ distance: 65, rangeGap: 60, ranged: true })).toBe(
      'positions 65 apart; acceptable ranges 60 apart',
    );
  });

  it('says the ranges overlap when the range gap is 0', () => {
    expect(gapText({ distance: 40, rangeGap: 0, ranged: true })).toBe(
      'positions 40 apart; acceptable ranges overlap',
    );
  });

  it('rounds to whole points', () => {
    expect(gapText({ distance: 64.6, rangeGap: 59.5, ranged: true })).toBe(
      'positions 65 apart; acceptable ranges 60 apart',
    );
    expect(gapText({ distance: 0, rangeGap: 0, ranged: false })).toBe('positions 0 apart');
  });
});

describe('distanceText and rangeGapText', () => {
  it('word each measure on its own', () => {
    expect(distanceText(12)).toBe('positions 12 apart');
    expect(rangeGapText(7)).toBe('acceptable ranges 7 apart');
    expect(rangeGapText(0)).toBe('acceptable ranges overlap');
  });
});

describe('gapLabel', () => {
  it('is the short chart form, with and without ranges', () => {
    expect(gapLabel({ distance: 65, rangeGap: 65, ranged: false })).toBe('65 apart');
    expect(gapLabel({ distance: 65, rangeGap: 60, ranged: true })).toBe('65 apart (ranges 60)');
    expect(gapLabel({ distance: 65, rangeGap: 0, ranged: true })).toBe('65 apart (ranges overlap)');
  });
});

describe('agreementReasonText', () => {
  it('gives the distance beside every reason', () => {
    expect(
      agreementReasonText({
        reason: 'outcome',
        apart: { distance: 5, rangeGap: 5, ranged: false },
      }),
    ).toBe('a recorded outcome names both (positions 5 apart)');
    expect(
      agreementReasonText({
        reason: 'overlap',
        apart: { distance: 30, rangeGap: 0, ranged: true },
        overlap: { min: 40, max: 60 },
      }),
    ).toBe('acceptable ranges overlap at 40–60; positions 30 apart');
    expect(
      agreementReasonText({ reason: 'close', apart: { distance: 8, rangeGap: 8, ranged: false } }),
    ).toBe('within 10 points (positions 8 apart)');
  });

  it('says it is the ranges that are close when positions are further apart', () => {
    expect(
      agreementReasonText({ reason: 'close', apart: { distance: 25, rangeGap: 5, ranged: true } }),
    ).toBe('acceptable ranges within 10 points (positions 25 apart; acceptable ranges 5 apart)');
  });

  it('words an outcome between parties without known positions without a gap', () => {
    expect(agreementReasonText({ reason: 'outcome' })).toBe('a recorded outcome names both');
  });
});
