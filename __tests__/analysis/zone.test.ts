import { type KnownPosition, takeSnapshot, zoneOfAgreement } from '@/lib/analysis';
import { type CodedExtras, coded, dataset } from './fixtures';

function known(...specs: [string, number, CodedExtras?][]): KnownPosition[] {
  const parties = specs.map(([party]) => party);
  const positions = specs.map(([party, value, extras]) => coded(party, 'x', 'r1', value, extras));
  return takeSnapshot(dataset({ parties, positions })).known.get('x') ?? [];
}

describe('zoneOfAgreement', () => {
  it('is undefined with fewer than two positions', () => {
    expect(zoneOfAgreement([])).toBeUndefined();
    expect(zoneOfAgreement(known(['a', 40]))).toBeUndefined();
  });

  it('is the intersection of crossing ranges', () => {
    const zone = zoneOfAgreement(
      known(
        ['a', 30, { acceptable: { min: 20, max: 50 } }],
        ['b', 60, { acceptable: { min: 40, max: 80 } }],
        ['c', 45, { acceptable: { min: 0, max: 100 } }],
      ),
    );
    expect(zone).toEqual({
      kind: 'zone',
      interval: { min: 40, max: 50 },
      parties: ['a', 'b', 'c'],
    });
  });

  it('is a zero-width zone for touching ranges and for identical points', () => {
    expect(
      zoneOfAgreement(
        known(
          ['a', 30, { acceptable: { min: 20, max: 40 } }],
          ['b', 50, { acceptable: { min: 40, max: 60 } }],
        ),
      ),
    ).toEqual({
      kind: 'zone',
      interval: { min: 40, max: 40 },
      parties: ['a', 'b'],
    });
    expect(zoneOfAgreement(known(['a', 50], ['b', 50]))).toEqual({
      kind: 'zone',
      interval: { min: 50, max: 50 },
      parties: ['a', 'b'],
    });
  });

  it('is the point when a point lies inside the only range', () => {
    expect(
      zoneOfAgreement(known(['a', 30, { acceptable: { min: 20, max: 40 } }], ['b', 35])),
    ).toEqual({
      kind: 'zone',
      interval: { min: 35, max: 35 },
      parties: ['a', 'b'],
    });
  });

  it('names the two parties bounding a missing zone, lowest first, and the distance between them', () => {
    const zone = zoneOfAgreement(
      known(
        ['a', 50, { acceptable: { min: 40, max: 60 } }],
        ['b', 90],
        ['c', 15, { acceptable: { min: 10, max: 20 } }],
      ),
    );
    expect(zone).toEqual({
      kind: 'missing',
      distance: 70,
      parties: ['a', 'b', 'c'],
      between: ['c', 'b'],
    });
  });

  it('is missing by |a − b| for two separate points', () => {
    expect(zoneOfAgreement(known(['a', 20], ['b', 65]))).toEqual({
      kind: 'missing',
      distance: 45,
      parties: ['a', 'b'],
      between: ['a', 'b'],
    });
  });
});
