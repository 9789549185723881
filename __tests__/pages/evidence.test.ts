import { cellEvidence } from '@/lib/pages/evidence';
import { TWO_ROUNDS, coded, dataset, silent } from '../analysis/fixtures';

/** a moves on x from 10 to 30; b's 90 on x carries into r2; nobody codes a on y. */
const history = [coded('a', 'x', 'r1', 10), coded('a', 'x', 'r2', 30)];
const d = dataset({
  issues: ['x', 'y'],
  rounds: TWO_ROUNDS,
  positions: [...history, coded('b', 'x', 'r1', 90), silent('b', 'y', 'r2')],
});

describe('cellEvidence', () => {
  it('gives the position in force and its history with changes', () => {
    const e = cellEvidence(d, 'x', 'a')!;
    expect(e.cell.position?.round).toBe('r2');
    expect(e.history.map((h) => [h.round.id, h.change, h.inForce])).toEqual([
      ['r1', undefined, false],
      ['r2', 20, true],
    ]);
  });

  it('shows a carried position at a later round and a not-coded cell as empty', () => {
    expect(cellEvidence(d, 'x', 'b')!.cell.carried).toBe(true);
    const empty = cellEvidence(d, 'y', 'a')!;
    expect(empty.cell.position).toBeUndefined();
    expect(empty.history.every((h) => h.position === undefined)).toBe(true);
  });

  it('is undefined for an unknown issue, party or round', () => {
    expect(cellEvidence(d, 'nope', 'a')).toBeUndefined();
    expect(cellEvidence(d, 'x', 'nope')).toBeUndefined();
    expect(cellEvidence(d, 'x', 'a', 'r9')).toBeUndefined();
  });
});
