import { slugFromName, uniqueSlug } from '@/lib/csv/slug';

describe('slugFromName', () => {
  it('transliterates Cyrillic', () => {
    expect(slugFromName('Україна')).toBe('ukraina');
    expect(slugFromName('Російська Федерація')).toBe('rosiiska-federatsiia');
  });

  it('strips diacritics and punctuation', () => {
    expect(slugFromName('Türkiye')).toBe('turkiye');
    expect(slugFromName('Côte d’Ivoire')).toBe('cote-divoire');
    expect(slugFromName('European Four (E4)')).toBe('european-four-e4');
  });

  it('gives an empty slug for a script with no Latin form', () => {
    expect(slugFromName('المملكة العربية السعودية')).toBe('');
  });

  it('stays within the id length limit', () => {
    expect(slugFromName('a very long name '.repeat(10)).length).toBeLessThanOrEqual(60);
  });
});

describe('uniqueSlug', () => {
  it('numbers names without a Latin form by kind and ordinal', () => {
    expect(uniqueSlug('مصر', 'party', 3, new Set())).toBe('party-3');
  });

  it('never collides', () => {
    const taken = new Set(['cote-divoire']);
    expect(uniqueSlug("Cote d'Ivoire", 'party', 1, taken)).toBe('cote-divoire-2');
    expect(uniqueSlug('Côte d’Ivoire', 'party', 2, taken)).toBe('cote-divoire-3');
    expect(uniqueSlug('', 'party', 1, new Set(['party-1']))).toBe('party-1-2');
  });
});
