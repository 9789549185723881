import {
  AGREEMENT_THRESHOLD,
  contestedCells,
  contestedReadings,
  quoteReading,
  takeSnapshot,
} from '@/lib/analysis';
import type { CodedEvidence, CodedPosition } from '@/lib/model';
import { coded, dataset, silent, TWO_ROUNDS, withParties, withdrawn } from './fixtures';

const quote = (reading?: number): CodedEvidence => ({
  source: 'src',
  quote: 'A quote.',
  attribution: 'reported',
  ...(reading === undefined ? {} : { reading }),
});

/** A stated position at 50 whose quotes read as given (undefined: no reading). */
const at50 = (...readings: (number | undefined)[]): CodedPosition => ({
  ...coded('a', 'x', 'r1', 50),
  evidence: readings.map(quote),
});

describe('quoteReading', () => {
  it("is the quote's own reading, or the cell's value when it gives none", () => {
    expect(quoteReading(quote(20), 50)).toBe(20);
    expect(quoteReading(quote(), 50)).toBe(50);
    expect(quoteReading(quote(0), 50)).toBe(0);
  });
});

describe('contestedReadings', () => {
  it('uses the agreement threshold of 10 points', () => {
    expect(AGREEMENT_THRESHOLD).toBe(10);
  });

  it('is undefined when a reading is just under the threshold away', () => {
    expect(contestedReadings(at50(undefined, 59.5))).toBeUndefined();
    expect(contestedReadings(at50(undefined, 40.5))).toBeUndefined();
  });

  it('is undefined when a reading is exactly at the threshold', () => {
    expect(contestedReadings(at50(undefined, 60))).toBeUndefined();
    expect(contestedReadings(at50(40, 60))).toBeUndefined();
  });

  it('gives the range of readings when one is just over the threshold away', () => {
    expect(contestedReadings(at50(undefined, 60.5))).toEqual({
      value: 50,
      min: 50,
      max: 60.5,
      readings: [50, 60.5],
    });
    expect(contestedReadings(at50(undefined, 39))).toEqual({
      value: 50,
      min: 39,
      max: 50,
      readings: [50, 39],
    });
  });

  it('spans every reading when all quotes give one, the value inside or not', () => {
    expect(contestedReadings(at50(20, 80))).toMatchObject({ min: 20, max: 80 });
    expect(contestedReadings(at50(70, 75))).toMatchObject({ value: 50, min: 70, max: 75 });
  });

  it('is undefined with no readings, and for cells without a value', () => {
    expect(contestedReadings(at50(undefined, undefined))).toBeUndefined();
    expect(contestedReadings(undefined)).toBeUndefined();
    expect(contestedReadings(silent('a', 'x', 'r1'))).toBeUndefined();
    expect(contestedReadings(withdrawn('a', 'x', 'r1'))).toBeUndefined();
  });
});

describe('contestedCells', () => {
  it('lists the contested cells in force, carried ones included', () => {
    const d = dataset({
      rounds: TWO_ROUNDS,
      positions: [at50(undefined, 90), { ...coded('b', 'x', 'r1', 30), evidence: [quote(35)] }],
    });
    const cells = contestedCells(takeSnapshot(d, { round: 'r2' }));
    expect([...(cells.get('x')?.keys() ?? [])]).toEqual(['a']);
    expect(cells.get('x')?.get('a')).toMatchObject({ min: 50, max: 90 });
  });

  it('leaves out a party that is not at the table', () => {
    const d = withParties(dataset({ rounds: TWO_ROUNDS, positions: [at50(undefined, 90)] }), {
      a: { rounds: ['r1'] },
    });
    expect(contestedCells(takeSnapshot(d, { round: 'r2' })).size).toBe(0);
    expect(contestedCells(takeSnapshot(d, { round: 'r1' })).size).toBe(1);
  });
});
