import path from 'node:path';
import { importDataset } from '@/lib/csv/import';
import { positionsToCsv } from '@/lib/csv/positions';
import { formatImportProblem } from '@/lib/csv/problems';
import { issuesToCsv, partiesToCsv, roundsToCsv, sourcesToCsv } from '@/lib/csv/tables';
import { readDatasetAt } from '@/lib/data';
import { type Dataset, hasValue } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';

/** Exports a dataset as the four CSVs and imports it back. */
function roundTrip(d: Dataset, texts: ReadonlyMap<string, string>): Dataset {
  const result = importDataset({
    id: d.id,
    title: d.title,
    summary: d.summary,
    asOf: d.asOf,
    today: '2000-01-01',
    positions: { file: 'positions.csv', text: positionsToCsv(d) },
    parties: { file: 'parties.csv', text: partiesToCsv(d) },
    issues: { file: 'issues.csv', text: issuesToCsv(d) },
    rounds: { file: 'rounds.csv', text: roundsToCsv(d) },
    sourceDetails: { file: 'sources.csv', text: sourcesToCsv(d) },
    sources: d.sources.map((s) => ({ id: s.id, file: s.file, text: texts.get(s.file) ?? '' })),
  });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result.dataset;
}

describe('CSV export and import', () => {
  it('round-trips the bundled dataset: parties, issues, rounds, positions and evidence', async () => {
    const entry = (await readDatasetAt(path.join(process.cwd(), 'data', 'istanbul-2025')))!;
    const d = entry.dataset;
    if (!d) throw new Error('the bundled dataset must be valid');
    const back = roundTrip(d, entry.sourceTexts);
    expect(back.parties).toEqual(d.parties);
    expect(back.issues).toEqual(d.issues);
    expect(back.rounds).toEqual(d.rounds);
    expect(back.positions).toEqual(d.positions);
    expect(back.sources).toEqual(d.sources);
    // Conditions and locators ride in their own columns.
    expect(back.positions.some((p) => hasValue(p) && p.conditions?.length)).toBe(true);
  });

  it('round-trips a generated dataset with Cyrillic, Arabic and long names and missing cells', async () => {
    const { dataset, sourceFile, sourceText } = syntheticDataset({
      parties: 12,
      issues: 9,
      seed: 7,
    });
    const back = roundTrip(dataset, new Map([[sourceFile, sourceText]]));
    expect(back.parties).toEqual(dataset.parties);
    expect(back.issues).toEqual(dataset.issues);
    expect(back.rounds).toEqual(dataset.rounds);
    expect(back.positions).toEqual(dataset.positions);
  });
});

describe('CSV export and import (presence, proposals, withdrawal)', () => {
  it('round-trips rounds lists, proposals, supersedes and a withdrawn position exactly', () => {
    const quote = {
      source: 'memo',
      quote: 'The plan is dropped.',
      attribution: 'reported' as const,
    };
    const d: Dataset = {
      id: 'harbour',
      title: 'Harbour talks',
      summary: 'A made-up negotiation for this test.',
      asOf: '2025-03-01',
      sources: [{ id: 'memo', title: 'Memo', kind: 'analysis', file: 'memo.txt' }],
      parties: [
        { id: 'draft', name: 'Draft plan', shortName: 'Draft', kind: 'proposal' },
        {
          id: 'counter',
          name: 'Counter-proposal',
          shortName: 'Counter',
          kind: 'proposal',
          supersedes: 'draft',
        },
        {
          id: 'east',
          name: 'East',
          shortName: 'East',
          kind: 'party-to-conflict',
          rounds: ['r1', 'r2'],
        },
      ],
      issues: [
        {
          id: 'toll',
          title: 'Toll',
          question: 'How high?',
          scale: { zero: 'none', hundred: 'full' },
        },
      ],
      rounds: [
        { id: 'r1', label: 'Round 1', date: '2025-01-01' },
        { id: 'r2', label: 'Round 2', date: '2025-02-01' },
      ],
      positions: [
        {
          party: 'draft',
          issue: 'toll',
          round: 'r1',
          status: 'stated',
          label: 'Full toll',
          summary: 'Full toll.',
          value: 90,
          confidence: 'high',
          evidence: [quote],
        },
        {
          party: 'counter',
          issue: 'toll',
          round: 'r2',
          status: 'inferred',
          label: 'Low toll',
          summary: 'Low toll.',
          value: 20,
          confidence: 'low',
          evidence: [quote],
        },
        {
          party: 'east',
          issue: 'toll',
          round: 'r2',
          status: 'withdrawn',
          label: 'Dropped its toll demand',
          summary: 'No longer asks for a toll.',
          confidence: 'medium',
          codingNote: 'Says the plan is dropped.',
          evidence: [quote],
        },
      ],
      events: [],
    };
    expect(partiesToCsv(d)).toContain('rounds,supersedes');
    const back = roundTrip(d, new Map([['memo.txt', 'The plan is dropped.']]));
    expect(back.parties).toEqual(d.parties);
    expect(back.positions).toEqual(d.positions);
  });
});
