import { analyse } from '@/lib/analysis';
import {
  flippedTitle,
  hasDirection,
  issuesToFlip,
  orientDataset,
  orientableParties,
  scaleEndOwner,
} from '@/lib/analysis/orientation';
import type { Dataset } from '@/lib/model';
import { coded, dataset, outcome } from './fixtures';

/** Issue x: 0 is a's aim, 100 is b's; issue y: the reverse; issue z: no direction. */
function directed(): Dataset {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y', 'z'],
    positions: [
      coded('a', 'x', 'r1', 10, { acceptable: { min: 0, max: 30 } }),
      coded('b', 'x', 'r1', 80),
      coded('a', 'y', 'r1', 90),
      coded('b', 'y', 'r1', 20),
      coded('c', 'z', 'r1', 60),
    ],
    outcomes: [{ ...outcome('x', 'r1', ['a', 'b']), value: 45 }],
  });
  const scales: Record<string, object> = {
    x: { zeroTowards: 'a', hundredTowards: 'b' },
    y: { zeroTowards: 'b', hundredTowards: 'a' },
  };
  return {
    ...d,
    issues: d.issues.map((i) => ({ ...i, scale: { ...i.scale, ...scales[i.id] } })),
  };
}

describe('issuesToFlip', () => {
  it('flips exactly the issues whose 100 end is the party’s aim', () => {
    expect(issuesToFlip(directed(), 'a')).toEqual(['y']);
    expect(issuesToFlip(directed(), 'b')).toEqual(['x']);
  });

  it('flips nothing for a party that owns no 100 end, or none at all', () => {
    expect(issuesToFlip(directed(), 'c')).toEqual([]);
  });
});

describe('orientDataset', () => {
  it('reads a flipped issue as 100 − value, the range mirrored, the ends and owners swapped, the title marked', () => {
    const { dataset: d, orientation } = orientDataset(directed(), 'b')!;
    expect(orientation.flipped).toEqual(['x']);
    expect(orientation.flippedTitles).toEqual(['x']);
    expect(orientation.undirected).toEqual(['z']);
    const x = d.issues.find((i) => i.id === 'x')!;
    expect(x.title).toBe(flippedTitle('x'));
    expect(x.title).toBe('x (flipped)');
    expect(x.scale).toEqual({
      zero: 'all',
      hundred: 'none',
      zeroTowards: 'b',
      hundredTowards: 'a',
    });
    const a = d.positions.find((p) => p.party === 'a' && p.issue === 'x');
    expect(a && 'value' in a && [a.value, a.acceptable]).toEqual([90, { min: 70, max: 100 }]);
    expect(d.outcomes?.[0]?.value).toBe(55);
  });

  it('leaves the issues it does not flip, and the quotes, exactly as coded', () => {
    const coded = directed();
    const { dataset: d } = orientDataset(coded, 'b')!;
    expect(d.issues.find((i) => i.id === 'y')).toBe(coded.issues.find((i) => i.id === 'y'));
    expect(d.issues.find((i) => i.id === 'z')).toBe(coded.issues.find((i) => i.id === 'z'));
    const before = coded.positions.find((p) => p.party === 'a' && p.issue === 'x')!;
    const after = d.positions.find((p) => p.party === 'a' && p.issue === 'x')!;
    expect(after.evidence).toEqual(before.evidence);
  });

  it('returns the dataset itself for a party at the 0 end of every directed issue it owns', () => {
    const only = directed();
    only.issues = only.issues.filter((i) => i.id !== 'y');
    const read = orientDataset(only, 'a')!;
    expect(read.dataset).toBe(only);
    expect(read.orientation.flipped).toEqual([]);
  });

  it('keeps the distance between two parties: a flip moves both ends alike', () => {
    const coded = directed();
    const before = analyse(coded).disagreements.find((d) => d.issue === 'x');
    const after = analyse(orientDataset(coded, 'b')!.dataset).disagreements.find(
      (d) => d.issue === 'x',
    );
    expect(before?.widest?.distance).toBe(70);
    expect([after?.widest?.distance, after?.widest?.rangeGap]).toEqual([
      before?.widest?.distance,
      before?.widest?.rangeGap,
    ]);
  });

  it('flips a quote’s reading with its cell', () => {
    const d = directed();
    const cell = d.positions[0]!;
    if (cell.status !== 'stated') throw new Error('fixture');
    cell.evidence = [{ ...cell.evidence[0]!, reading: 25 }];
    const flipped = orientDataset(d, 'b')!.dataset.positions[0]!;
    expect(
      flipped.evidence?.[0] && 'reading' in flipped.evidence[0] && flipped.evidence[0].reading,
    ).toBe(75);
  });

  it('is undefined for a party the dataset does not have', () => {
    expect(orientDataset(directed(), 'nobody')).toBeUndefined();
  });
});

describe('direction helpers', () => {
  it('say whether any issue has a direction, and who can be oriented to', () => {
    expect(hasDirection(directed())).toBe(true);
    expect(hasDirection(dataset())).toBe(false);
    expect(orientableParties(directed()).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('name the owner of each end, and nobody where the scale is silent', () => {
    const d = directed();
    const owner = scaleEndOwner(d);
    const [x, , z] = d.issues;
    expect(owner(x!, 'zero')?.id).toBe('a');
    expect(owner(x!, 'hundred')?.id).toBe('b');
    expect(owner(z!, 'zero')).toBeUndefined();
  });
});
