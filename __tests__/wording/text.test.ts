import { capitalise, listText } from '@/lib/wording/text';

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
