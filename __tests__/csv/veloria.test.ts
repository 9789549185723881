import {
  analyse,
  contestedReadings,
  coverageOf,
  isAtTable,
  pairSnapshot,
  alignmentMatrix,
} from '@/lib/analysis';
import { formatImportProblem } from '@/lib/csv/problems';
import type { Dataset } from '@/lib/model';
import { importExampleFolder } from './exampleFolder';

// The fictional Veloria example: a draft superseded by a counter-proposal, a party absent from
// one round and a withdrawal, all from CSV.
/** The example imported from its CSV files, as `npm run import` would build it. */
function importVeloria(): Dataset {
  const result = importExampleFolder('veloria-water-talks', {
    id: 'veloria-water-talks',
    title: 'Lake Veloria water talks (fictional example)',
    summary:
      'A made-up negotiation over a shared lake, with a draft replaced by a counter-proposal.',
  });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.dataset;
}

describe('the Veloria example (docs/examples/veloria-water-talks)', () => {
  it('imports from CSV with a proposal, its successor, a rounds list and a withdrawal', () => {
    const d = importVeloria();
    expect(d.parties.find((p) => p.id === 'counter-proposal')?.supersedes).toBe('draft-framework');
    expect(d.parties.find((p) => p.id === 'upper-basin-league')?.rounds).toEqual([
      'round-1',
      'round-3',
    ]);
    expect(d.positions.filter((p) => p.status === 'withdrawn')).toHaveLength(1);
    expect(d.asOf).toBe('2026-06-02');
  });

  it('keeps the draft and the absent bloc out of the rounds where they are not at the table', () => {
    const d = importVeloria();
    expect(isAtTable(d, 'draft-framework', 'round-2')).toBe(true);
    expect(isAtTable(d, 'draft-framework', 'round-3')).toBe(false);
    expect(isAtTable(d, 'upper-basin-league', 'round-2')).toBe(false);
    const r3 = analyse(d, { round: 'round-3' });
    expect(r3.snapshot.atTable).not.toContain('draft-framework');
    expect(r3.snapshot.cells.get('dam-pause')?.get('marenth')?.position?.status).toBe('withdrawn');
    const r2 = analyse(d, { round: 'round-2' });
    expect(
      r2.alignment.some((p) => p.a === 'upper-basin-league' || p.b === 'upper-basin-league'),
    ).toBe(false);
    expect(coverageOf(d).overall.byState['not-at-table']).toBeGreaterThan(0);
  });

  it("has a contested cell: Osvald's round-3 share, whose quotes name a speaker and dates", () => {
    const d = importVeloria();
    const cell = analyse(d, { round: 'round-3' }).snapshot.cells.get('water-share')?.get('osvald');
    expect(contestedReadings(cell?.position)).toMatchObject({ value: 50, min: 30, max: 50 });
    expect(
      cell?.position?.evidence?.map((e) => [e.speaker, e.date, e.dateInferred, e.attribution]),
    ).toEqual([
      ['Ilse Varga, Foreign Minister of Osvald', undefined, undefined, 'reported'],
      ['Ilse Varga, Foreign Minister of Osvald', '2026-05-28', undefined, 'own-words'],
      [undefined, '2026-05', true, 'reported'],
    ]);
  });

  it('compares the draft with its counter-proposal, each at its last round in force', () => {
    const d = importVeloria();
    const { snapshot, successionRounds } = pairSnapshot(d, 'draft-framework', 'counter-proposal');
    expect([successionRounds?.a.id, successionRounds?.b.id]).toEqual(['round-2', 'round-3']);
    // gaps 10, 30 and 50: mean 30
    expect(alignmentMatrix(snapshot)[0]?.score).toBe(70);
  });
});
