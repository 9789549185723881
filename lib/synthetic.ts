import type {
  Dataset,
  Delegation,
  Issue,
  Party,
  Position,
  Round,
  TimelineEvent,
} from '@/lib/model';

/** The shape of a generated dataset. */
export interface SyntheticSpec {
  parties: number;
  issues: number;
  rounds?: number;
  seed?: number;
  id?: string;
}

/** A generated dataset with the one source text all its quotes come from. */
export interface SyntheticDataset {
  dataset: Dataset;
  sourceFile: string;
  sourceText: string;
}

// Names in several scripts and lengths, so layouts meet Ukrainian, right-to-left Arabic and long text.
const PARTY_NAMES = [
  'Northland',
  'Україна',
  'جمهورية مصر العربية',
  'The Provisional Coordinating Council of the Coastal Provinces and Associated Territories',
  'Southland',
  'Європейський союз',
  'الاتحاد الأفريقي',
  'Côte d’Ivoire',
  'Republic of the Eastern Isles',
  'Делегація Харківської області',
];
const ISSUE_NAMES = [
  'Tariffs on steel',
  'وقف إطلاق النار',
  'Обмін полоненими',
  'Monitoring of the line of contact by an international mission with a mandate from both sides',
  'Fishing quotas',
  'الضمانات الأمنية',
  'Reconstruction fund',
  'Амністія',
];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function numbered(pool: readonly string[], i: number): string {
  const base = pool[i % pool.length] ?? 'Item';
  return i < pool.length ? base : `${base} ${Math.floor(i / pool.length) + 1}`;
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A valid dataset of any size, made up for tests and benchmarks: names in Latin, Cyrillic and
 * Arabic script (some very long), about 15% of cells missing and 10% "none", several rounds,
 * an event per round and a delegation per party.
 * Deterministic for a given seed; titled so nobody takes it for a real negotiation.
 */
export function syntheticDataset(spec: SyntheticSpec): SyntheticDataset {
  const rand = random(spec.seed ?? 1);
  const roundCount = spec.rounds ?? 3;
  const id = spec.id ?? `synthetic-${spec.parties}x${spec.issues}`;
  const sourceFile = 'generated.txt';
  const parties: Party[] = Array.from({ length: spec.parties }, (_, i) => {
    const name = numbered(PARTY_NAMES, i);
    return {
      id: `party-${i + 1}`,
      name,
      shortName: clip(name, 24),
      kind: i % 7 === 3 ? 'mediator' : 'party-to-conflict',
    };
  });
  const issues: Issue[] = Array.from({ length: spec.issues }, (_, i) => {
    const title = numbered(ISSUE_NAMES, i);
    return {
      id: `issue-${i + 1}`,
      title,
      question: `Generated question about ${title}?`,
      scale: {
        zero: i % 3 === 1 ? 'رفض كامل' : 'Rejects it outright',
        hundred: 'Wants it in full',
      },
      category: `Group ${(i % 5) + 1}`,
    };
  });
  const rounds: Round[] = Array.from({ length: roundCount }, (_, i) => ({
    id: `round-${i + 1}`,
    label: `Generated round ${i + 1}`,
    date: new Date(Date.UTC(2030, 0, 1 + 30 * i)).toISOString().slice(0, 10),
  }));
  const lines = [`# Generated source for ${id} (synthetic test data, not a real negotiation)`, ''];
  const positions: Position[] = [];
  for (const round of rounds)
    for (const party of parties)
      for (const issue of issues) {
        const roll = rand();
        if (roll < 0.15) continue;
        const keys = { party: party.id, issue: issue.id, round: round.id };
        if (roll < 0.25) {
          positions.push({
            ...keys,
            status: 'none',
            codingNote: 'The generated source says nothing here.',
          });
          continue;
        }
        const value = Math.round(rand() * 100);
        const quote = `Statement ${round.id}/${party.id}/${issue.id}: ${party.name} puts ${issue.title} at ${value}.`;
        lines.push(quote);
        const position: Position = {
          ...keys,
          status: roll < 0.9 ? 'stated' : 'inferred',
          label: clip(`${value} on ${issue.title}`, 90),
          summary: `${party.name} puts ${issue.title} at ${value}.`,
          value,
          confidence: roll < 0.6 ? 'high' : 'medium',
          codingNote: 'Generated.',
          evidence: [{ source: 'generated', quote, attribution: 'own-words' }],
        };
        if (roll > 0.5)
          position.acceptable = { min: Math.max(0, value - 15), max: Math.min(100, value + 10) };
        if (roll > 0.7) position.salience = 1 + Math.floor(rand() * 5);
        positions.push(position);
      }
  const events: TimelineEvent[] = rounds.map((round) => {
    const quote = `Event ${round.id}: ${round.label} was held with every party present.`;
    lines.push(quote);
    return {
      date: round.date,
      title: `${round.label} held (generated)`,
      parties: parties.map((p) => p.id),
      evidence: [{ source: 'generated', quote, attribution: 'reported' }],
    };
  });
  const delegations: Delegation[] = parties.map((party) => ({
    party: party.id,
    members: [{ name: `Delegate of ${party.name}`, role: 'Head of delegation (generated)' }],
  }));
  const dataset: Dataset = {
    $schema: '../dataset.schema.json',
    id,
    title: `Synthetic negotiation, ${spec.parties} parties × ${spec.issues} issues (generated test data)`,
    summary:
      'Generated test data, not a real negotiation: made to check that the pages stay usable at this size and with names in several scripts.',
    asOf: rounds.at(-1)?.date ?? '2030-01-01',
    sources: [
      {
        id: 'generated',
        title: 'Generated source (synthetic test data)',
        kind: 'analysis',
        file: sourceFile,
      },
    ],
    parties,
    issues,
    rounds,
    positions,
    events,
    delegations,
  };
  return { dataset, sourceFile, sourceText: `${lines.join('\n')}\n` };
}
