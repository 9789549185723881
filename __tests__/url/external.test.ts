import { safeSourceUrl } from '@/lib/url/external';

describe('safeSourceUrl', () => {
  it('keeps http and https addresses', () => {
    expect(safeSourceUrl('https://pism.pl/publications/x')).toBe('https://pism.pl/publications/x');
    expect(safeSourceUrl('HTTP://example.org')).toBe('HTTP://example.org');
  });

  it('refuses every other scheme, spaces and nothing', () => {
    expect(safeSourceUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeSourceUrl('data:text/html,x')).toBeUndefined();
    expect(safeSourceUrl('https://example.org/a b')).toBeUndefined();
    expect(safeSourceUrl(undefined)).toBeUndefined();
  });
});
