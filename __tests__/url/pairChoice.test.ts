import type { Dataset } from '@/lib/model';
import { pairChoice } from '@/lib/url/pairChoice';

const d = {
  id: 'talks',
  parties: [{ id: 'ukraine' }, { id: 'russia' }],
  rounds: [
    { id: 'r1', date: '2025-05-10' },
    { id: 'r2', date: '2025-05-16' },
  ],
} as unknown as Dataset;

describe('pairChoice', () => {
  it('is empty with no choice', () => {
    expect(pairChoice({}, d)).toEqual({ kind: 'none' });
  });

  it('gives a pair of two known, different parties', () => {
    expect(pairChoice({ a: 'russia', b: 'ukraine' }, d)).toEqual({
      kind: 'pair',
      a: 'russia',
      b: 'ukraine',
    });
  });

  it('asks again for the same party twice', () => {
    expect(pairChoice({ a: 'russia', b: 'russia' }, d)).toMatchObject({ kind: 'problem' });
  });

  it('names unknown parties', () => {
    expect(pairChoice({ a: 'mars', b: 'russia' }, d)).toEqual({
      kind: 'problem',
      message: 'Ignored unknown party: mars.',
      b: 'russia',
    });
  });

  it('asks for a second party when one is missing', () => {
    expect(pairChoice({ a: 'russia' }, d)).toMatchObject({ kind: 'problem', a: 'russia' });
  });
});
