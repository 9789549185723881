import { checkDataset } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';

describe('syntheticDataset', () => {
  it('is valid at the largest supported size, with missing and "none" cells', () => {
    const { dataset, sourceFile, sourceText } = syntheticDataset({
      parties: 60,
      issues: 300,
      rounds: 1,
    });
    const check = checkDataset(dataset, new Map([[sourceFile, sourceText]]));
    expect(check.problems).toEqual([]);
    expect(dataset.positions.length).toBeLessThan(60 * 300);
    expect(dataset.positions.some((p) => p.status === 'none')).toBe(true);
  });

  it('is valid at the smallest size and deterministic for a seed', () => {
    const one = syntheticDataset({ parties: 1, issues: 1, seed: 3 });
    expect(checkDataset(one.dataset, new Map([[one.sourceFile, one.sourceText]])).ok).toBe(true);
    expect(syntheticDataset({ parties: 1, issues: 1, seed: 3 })).toEqual(one);
  });

  it('names parties in several scripts and says it is generated', () => {
    const { dataset } = syntheticDataset({ parties: 20, issues: 10 });
    const names = dataset.parties.map((p) => p.name).join(' ');
    expect(names).toMatch(/Україна/);
    expect(names).toMatch(/جمهورية/);
    expect(new Set(dataset.parties.map((p) => p.name)).size).toBe(20);
    expect(dataset.title).toMatch(/generated/);
  });
});
