import { analyse } from '@/lib/analysis';
import { buildDeck, deckSchema, type SlideOf } from '@/lib/brief';
import { whatItTakesSlides } from '@/lib/brief/scenarios';
import { deckContext } from '@/lib/brief/context';
import { parseViewState } from '@/lib/url/query';
import { coded, dataset, withParties } from '../analysis/fixtures';

const d = withParties(
  dataset({
    parties: ['ukraine', 'us', 'russia'],
    issues: ['wide', 'narrow', 'met'],
    positions: [
      coded('ukraine', 'wide', 'r1', 20, { acceptable: { min: 10, max: 30 } }),
      coded('us', 'wide', 'r1', 25, { acceptable: { min: 20, max: 40 } }),
      coded('russia', 'wide', 'r1', 55),
      coded('ukraine', 'narrow', 'r1', 40),
      coded('russia', 'narrow', 'r1', 50),
      coded('ukraine', 'met', 'r1', 40, { acceptable: { min: 30, max: 60 } }),
      coded('russia', 'met', 'r1', 50),
    ],
  }),
  {
    ukraine: { name: 'Ukraine', capability: 40 },
    us: { name: 'United States', capability: 80 },
    russia: { name: 'Russia', capability: 70 },
  },
);

function slide(): SlideOf<'what-it-takes'> {
  const { state } = parseViewState({}, d);
  const [s] = whatItTakesSlides(deckContext(d, analyse(d), state));
  return s!;
}

describe('whatItTakesSlides', () => {
  it('lists the issues needing most movement first, leaving out those that already meet', () => {
    expect(slide().rows.map((r) => [r.issue, r.total])).toEqual([
      ['wide', '25 points in all, meeting at 40'],
      ['narrow', '10 points in all, meeting at 45'],
    ]);
  });

  it('names the single holdout, the largest moves, and the predicted outcome as an estimate', () => {
    const wide = slide().rows[0]!;
    expect(wide.holdout).toBe('A zone opens if Russia alone moves 25 points.');
    expect(wide.moves).toEqual([
      'Russia: 15 points down, from 55 to 40',
      'Ukraine: 10 points up, from 20 (range 10–30) to 30 (range 20–40)',
    ]);
    expect(wide.more).toBe(0);
    // Weights 120, 240, 210 on 20, 25, 55: half of 570 is passed at 25; mean 19950 / 570 = 35.
    expect(wide.prediction).toBe(
      'weighted median 25 · compromise mean 35 (of 100, from 3 parties)',
    );
    expect(slide().caveat).toMatch(/not coded data and not a forecast of fact/);
  });

  it('is in the deck after the biggest gaps, and the deck stays valid', () => {
    const { state } = parseViewState({}, d);
    const deck = buildDeck(d, analyse(d, { limit: 50 }), state, { version: 'v1' });
    expect(deckSchema.safeParse(deck).success).toBe(true);
    const kinds = deck.slides.map((s) => s.kind);
    expect(kinds.indexOf('what-it-takes')).toBe(kinds.indexOf('gaps') + 1);
  });

  it('says so when every issue already meets', () => {
    const { state } = parseViewState({ issues: 'met' }, d);
    const [s] = whatItTakesSlides(deckContext(d, analyse(d), state));
    expect(s!.rows).toEqual([]);
    expect(s!.empty).toMatch(/already meet/);
  });
});
