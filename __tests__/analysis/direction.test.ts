import { signedComparison } from '@/lib/analysis/direction';
import { signedComparisonText } from '@/lib/wording/direction';

/** Text as a reader sees it, without the invisible direction isolates around names. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
const names: Record<string, string> = { ua: 'Ukraine', ru: 'Russia', us: 'US', e4: 'E4' };
const nameOf = (id: string) => names[id] ?? id;

const armySize = (scale: { zeroTowards?: string; hundredTowards?: string }) => ({
  scale: { zero: 'No limit', hundred: 'A small army', ...scale },
});

describe('signedComparison', () => {
  it('says which party is nearer whose end, by the distance', () => {
    const signed = signedComparison(
      armySize({ zeroTowards: 'ua', hundredTowards: 'ru' }),
      { party: 'e4', value: 30 },
      { party: 'us', value: 50 },
    );
    expect(signed).toEqual({ nearer: 'e4', farther: 'us', points: 20, end: 'zero', owner: 'ua' });
    expect(plain(signedComparisonText(signed!, nameOf, 'Army size'))).toBe(
      'E4 is 20 points nearer Ukraine’s end than US on Army size',
    );
  });

  it('is undefined without a direction, or for equal positions', () => {
    expect(
      signedComparison(armySize({}), { party: 'e4', value: 30 }, { party: 'us', value: 50 }),
    ).toBeUndefined();
    expect(
      signedComparison(
        armySize({ zeroTowards: 'ua' }),
        { party: 'e4', value: 40 },
        { party: 'us', value: 40 },
      ),
    ).toBeUndefined();
  });

  it('uses the only known end, the 100 end included', () => {
    const signed = signedComparison(
      armySize({ hundredTowards: 'ru' }),
      { party: 'e4', value: 30 },
      { party: 'us', value: 50 },
    );
    expect([signed?.nearer, signed?.end, signed?.owner]).toEqual(['us', 'hundred', 'ru']);
  });

  it('prefers an end owned by neither party compared, and then the oriented party’s end', () => {
    const scale = armySize({ zeroTowards: 'ua', hundredTowards: 'ru' });
    const withUkraine = signedComparison(
      scale,
      { party: 'ua', value: 10 },
      { party: 'us', value: 50 },
    );
    expect(withUkraine?.owner).toBe('ru');
    const oriented = signedComparison(
      scale,
      { party: 'ua', value: 10 },
      { party: 'us', value: 50 },
      'ua',
    );
    expect([oriented?.owner, oriented?.nearer]).toEqual(['ua', 'ua']);
  });

  it('words a party at its own end, and an end’s owner further from it than the other', () => {
    const scale = armySize({ zeroTowards: 'ua', hundredTowards: 'ru' });
    const own = signedComparison(scale, { party: 'ua', value: 0 }, { party: 'ru', value: 65 });
    expect(plain(signedComparisonText(own!, nameOf, 'Army size'))).toBe(
      'Ukraine is 65 points nearer its own end than Russia on Army size',
    );
    const itself = signedComparison(
      armySize({ zeroTowards: 'ua' }),
      { party: 'us', value: 5 },
      { party: 'ua', value: 20 },
    );
    expect(plain(signedComparisonText(itself!, nameOf, 'Army size'))).toBe(
      'US is 15 points nearer Ukraine’s end than Ukraine itself on Army size',
    );
  });

  it('says "point" for a distance of one', () => {
    const signed = signedComparison(
      armySize({ zeroTowards: 'ua' }),
      { party: 'e4', value: 30 },
      { party: 'us', value: 31 },
    );
    expect(plain(signedComparisonText(signed!, nameOf, 'Army size'))).toBe(
      'E4 is 1 point nearer Ukraine’s end than US on Army size',
    );
  });
});
