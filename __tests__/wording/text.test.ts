import { capitalise, isolate, listText } from '@/lib/wording/text';

describe('capitalise', () => {
  it('puts the first letter in upper case and leaves the rest', () => {
    expect(capitalise('official statement')).toBe('Official statement');
    expect(capitalise('')).toBe('');
  });
});

describe('listText', () => {
  it('joins none, one, two and more names for a sentence', () => {
    expect(listText([])).toBe('');
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B'])).toBe('A and B');
    expect(listText(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('isolate', () => {
  it('wraps text in first-strong isolates, a stray override kept inside', () => {
    expect(isolate('كييف')).toBe('\u2068كييف\u2069');
    expect(isolate('Ceasefire\u202E')).toBe('\u2068Ceasefire\u202E\u2069');
  });
});
