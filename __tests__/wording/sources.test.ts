import type { Source } from '@/lib/model';
import { attributionText, sourceKindText } from '@/lib/wording/sources';

const source = (over: Partial<Source>): Source =>
  ({ id: 'src', title: 'T', kind: 'analysis', ...over }) as Source;

describe('sourceKindText', () => {
  it('labels each kind with a capital', () => {
    expect(sourceKindText('analysis')).toBe('Analysis');
    expect(sourceKindText('official-statement')).toBe('Official statement');
    expect(sourceKindText('agreement-text')).toBe('Agreement text');
    expect(sourceKindText('media-report')).toBe('Media report');
  });
});

describe('attributionText', () => {
  const quote = { source: 'src', quote: 'Q.' };

  it('names a party’s own words, the name isolated', () => {
    expect(attributionText({ ...quote, attribution: 'own-words' }, undefined, 'Ukraine')).toBe(
      "\u2068Ukraine\u2069's own words",
    );
  });

  it('names the publisher (without a bracketed aside) and the kind, in lower case', () => {
    const pism = source({ publisher: 'PISM (Warsaw)' });
    expect(attributionText({ ...quote, attribution: 'reported' }, pism, 'Ukraine')).toBe(
      'as reported by \u2068PISM\u2069 analysis',
    );
  });

  it('falls back to the authors, then to no name', () => {
    const byAuthors = source({ authors: ['A. Dyner', 'M. Piechowska'], kind: 'media-report' });
    expect(attributionText({ ...quote, attribution: 'reported' }, byAuthors, 'X')).toBe(
      'as reported by \u2068A. Dyner, M. Piechowska\u2069 media report',
    );
    expect(attributionText({ ...quote, attribution: 'reported' }, undefined, 'X')).toBe(
      'as reported',
    );
  });
});
