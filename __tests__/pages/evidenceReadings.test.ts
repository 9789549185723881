import { cellEvidence } from '@/lib/pages/evidence';
import { TWO_ROUNDS, coded, dataset } from '../analysis/fixtures';

const quote = (reading?: number) => ({
  source: 'src',
  quote: 'A quote.',
  attribution: 'reported' as const,
  ...(reading === undefined ? {} : { reading }),
});

describe('cellEvidence: readings', () => {
  const d = dataset({
    rounds: TWO_ROUNDS,
    positions: [
      { ...coded('a', 'x', 'r1', 50), evidence: [quote(), quote(20)] },
      { ...coded('b', 'x', 'r1', 50), evidence: [quote(), quote(45)] },
      coded('a', 'x', 'r2', 60),
    ],
  });

  it('says sources disagree, with each quote beside its reading, for a contested cell', () => {
    const e = cellEvidence(d, 'x', 'a', 'r1')!;
    expect(e.contested).toBe('sources disagree: readings 20–50 of 100 (coded 50)');
    expect(e.readings).toEqual(['reads as the coded value (50)', 'reads 20 of 100']);
  });

  it('gives readings without "sources disagree" when they stay within 10 points', () => {
    const e = cellEvidence(d, 'x', 'b')!;
    expect(e.contested).toBeUndefined();
    expect(e.readings).toEqual(['reads as the coded value (50)', 'reads 45 of 100']);
  });

  it('reads the position in force: a later uncontested round replaces a contested one', () => {
    const e = cellEvidence(d, 'x', 'a', 'r2')!;
    expect(e.contested).toBeUndefined();
    expect(e.readings).toBeUndefined();
  });
});
