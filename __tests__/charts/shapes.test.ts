import { markerPath } from '@/lib/charts/shapes';
import { PARTY_SHAPES } from '@/lib/style/palette';

describe('markerPath', () => {
  it.each(PARTY_SHAPES)('draws a closed %s path with finite numbers', (shape) => {
    const d = markerPath(shape, 10, 20, 6);
    expect(d).toMatch(/^M/);
    expect(d).toMatch(/Z$/);
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('gives every shape a different path', () => {
    expect(new Set(PARTY_SHAPES.map((s) => markerPath(s, 0, 0, 5))).size).toBe(PARTY_SHAPES.length);
  });
});
