import { checkDataset } from '@/lib/model';
import { FIXTURE_SOURCE, validDatasetJson } from './fixture';

const texts = new Map([['note.txt', FIXTURE_SOURCE]]);

/** The fixture with two proposals (a draft and its counter-proposal) and a second round. */
function withProposals() {
  const json = validDatasetJson() as Omit<
    ReturnType<typeof validDatasetJson>,
    'parties' | 'positions'
  > & {
    parties: Record<string, unknown>[];
    positions: Record<string, unknown>[];
  };
  json.rounds.push({ id: 'r2', label: 'Round 2', date: '2025-06-01' });
  json.parties.push(
    { id: 'draft', name: 'Draft plan', shortName: 'Draft', kind: 'proposal' },
    {
      id: 'counter',
      name: 'Counter-proposal',
      shortName: 'Counter',
      kind: 'proposal',
      supersedes: 'draft',
    },
  );
  return json;
}

const withdrawal = {
  party: 'north',
  issue: 'truce',
  round: 'r1',
  status: 'withdrawn',
  label: 'Dropped the truce demand',
  summary: 'No longer asks for a truce.',
  confidence: 'medium',
  evidence: [{ source: 'note', quote: 'North wants a "truce" at once', attribution: 'reported' }],
};

describe('checkDataset (presence, proposals, withdrawal)', () => {
  it('accepts rounds lists, proposals that supersede one another and a withdrawal', () => {
    const json = withProposals();
    json.parties[1]!.rounds = ['r1'];
    json.positions[0] = withdrawal;
    expect(checkDataset(json, texts).problems).toEqual([]);
  });

  it('refuses a value, a range or a salience on a withdrawn position, and one without evidence', () => {
    const json = validDatasetJson() as { positions: unknown[] };
    for (const field of [{ value: 10 }, { acceptable: { min: 0, max: 20 } }, { salience: 2 }]) {
      json.positions[0] = { ...withdrawal, ...field };
      expect(checkDataset(json, texts).problems).toEqual([
        { path: 'positions[0]', message: `has unknown field "${Object.keys(field)[0]}"` },
      ]);
    }
    json.positions[0] = { ...withdrawal, evidence: [] };
    expect(checkDataset(json, texts).problems.map((p) => p.path)).toEqual([
      'positions[0].evidence',
    ]);
  });

  it('names an unknown round in a rounds list and an unknown superseded party', () => {
    const json = withProposals();
    json.parties[0]!.rounds = ['r9'];
    json.parties[3]!.supersedes = 'nobody';
    // north is then at the table in no round, so its position is refused too
    expect(checkDataset(json, texts).problems.map((p) => p.path)).toEqual([
      'parties[0].rounds[0]',
      'parties[3].supersedes',
      'positions[0].round',
    ]);
  });

  it('refuses supersession by or of a party that is not a proposal, and a cycle', () => {
    const json = withProposals();
    json.parties[0]!.supersedes = 'draft';
    json.parties[2]!.supersedes = 'counter';
    const problems = checkDataset(json, texts).problems;
    expect(problems.map((p) => [p.path, p.message.split(' ').slice(-3).join(' ')])).toEqual([
      ['parties[0].supersedes', 'of kind "proposal"'],
      ['parties[0].supersedes', 'supersede each other'],
      ['parties[2].supersedes', 'supersede each other'],
      ['parties[3].supersedes', 'supersede each other'],
    ]);
  });

  it('refuses a position in a round where the party is not at the table', () => {
    const json = withProposals();
    json.parties[1]!.rounds = ['r2'];
    const problems = checkDataset(json, texts).problems;
    expect(problems.map((p) => p.path)).toEqual(['positions[1].round']);
    expect(problems[0]!.message).toMatch(/not at the table/);
  });
});
