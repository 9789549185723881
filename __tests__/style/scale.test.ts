import { scaleGeometry } from '@/lib/style/scale';

describe('scaleGeometry', () => {
  it('places a value and a range as percentages, clamped to the bar', () => {
    expect(scaleGeometry(62, { min: 50, max: 80 })).toEqual({
      marker: '62%',
      range: { left: '50%', width: '30%' },
    });
    expect(scaleGeometry(0)).toEqual({ marker: '0%' });
  });

  it('draws nothing for no value and no range', () => {
    expect(scaleGeometry(undefined)).toBeUndefined();
  });
});
