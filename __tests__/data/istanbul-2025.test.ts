import path from 'node:path';
import { readDatasetAt, type DatasetEntry } from '@/lib/data';
import { quoteInSource, type Dataset } from '@/lib/model';

// This test reads the bundled dataset on purpose: it checks the data itself.
let entry: DatasetEntry;
let dataset: Dataset;
beforeAll(async () => {
  entry = (await readDatasetAt(path.join(process.cwd(), 'data', 'istanbul-2025')))!;
  dataset = entry.dataset!;
});

describe('bundled dataset istanbul-2025', () => {
  it('validates with no problems', async () => {
    expect(entry.problems).toEqual([]);
    expect(dataset.id).toBe('istanbul-2025');
  });

  it('has the required parties and issues', async () => {
    expect(dataset.parties.map((p) => p.id)).toEqual(
      expect.arrayContaining(['ukraine', 'russia', 'us', 'e4']),
    );
    expect(dataset.issues.map((i) => i.id)).toEqual(
      expect.arrayContaining(['ceasefire', 'nato', 'territory', 'monitoring', 'prisoners']),
    );
    expect(dataset.parties.find((p) => p.id === 'e4')!.members).toEqual([
      'France',
      'Germany',
      'Poland',
      'United Kingdom',
    ]);
  });

  it('quotes every piece of evidence verbatim from its source', async () => {
    const text = entry.sourceTexts.get('pism-istanbul-2025.txt')!;
    const quotes = [
      ...dataset.positions.flatMap((p) => p.evidence ?? []),
      ...(dataset.outcomes ?? []).flatMap((o) => o.evidence),
      ...dataset.events.flatMap((e) => e.evidence),
      ...(dataset.delegations ?? []).flatMap((d) => d.evidence ?? []),
    ];
    expect(quotes.length).toBeGreaterThan(20);
    const missing = quotes.filter((q) => !quoteInSource(q.quote, text)).map((q) => q.quote);
    expect(missing).toEqual([]);
  });

  it('explains every inferred cell in its coding note and leaves silent cells without a value', async () => {
    for (const p of dataset.positions) {
      if (p.status === 'inferred') expect(p.codingNote).toMatch(/infer/i);
      if (p.status === 'none') expect(p).not.toHaveProperty('value');
    }
  });

  it('codes NATO, territory and monitoring from one side only, as the source does', async () => {
    for (const issue of ['nato', 'territory', 'monitoring']) {
      const coded = dataset.positions
        .filter((p) => p.issue === issue && p.status !== 'none')
        .map((p) => p.party);
      expect(coded).toEqual(['russia']);
    }
  });
});
