import type { CodedPosition, Dataset, Outcome, Position } from '@/lib/model';

/** Optional parts of a coded position in a fixture. */
export interface CodedExtras {
  status?: 'stated' | 'inferred';
  acceptable?: { min: number; max: number };
  salience?: number;
}

const evidence = [{ source: 'src', quote: 'A quote.', attribution: 'own-words' as const }];

/** A coded position: `coded('a', 'x', 'r1', 40, { acceptable: { min: 30, max: 50 } })`. */
export function coded(
  party: string,
  issue: string,
  round: string,
  value: number,
  extras: CodedExtras = {},
): CodedPosition {
  const { status = 'stated', ...rest } = extras;
  return {
    party,
    issue,
    round,
    status,
    label: `${party} on ${issue}`,
    summary: 'Summary.',
    value,
    confidence: 'high',
    codingNote: 'Note.',
    evidence,
    ...rest,
  };
}

/** A 'none' position: the coder checked and the source is silent. */
export function silent(party: string, issue: string, round: string): Position {
  return { party, issue, round, status: 'none', codingNote: 'Silent.' };
}

/** A 'withdrawn' position: the party dropped its position on the issue from this round on. */
export function withdrawn(party: string, issue: string, round: string): Position {
  return {
    party,
    issue,
    round,
    status: 'withdrawn',
    label: 'Dropped',
    summary: 'No longer asks for it.',
    confidence: 'high',
    evidence,
  };
}

/** The dataset with some parties changed (presence lists, kind, supersession), by id. */
export function withParties(
  d: Dataset,
  changes: Record<string, Partial<Dataset['parties'][number]>>,
): Dataset {
  return { ...d, parties: d.parties.map((p) => ({ ...p, ...changes[p.id] })) };
}

/** An outcome naming parties on an issue in a round. */
export function outcome(issue: string, round: string, parties: string[]): Outcome {
  return { issue, round, parties, summary: 'Agreed.', evidence };
}

/** What a fixture dataset is made of; rounds are [id, date] pairs. */
export interface FixtureSpec {
  parties?: string[];
  issues?: string[];
  rounds?: [string, string][];
  positions?: Position[];
  outcomes?: Outcome[];
}

/** Two rounds a month apart, r1 then r2: for carried positions, histories and shifts. */
export const TWO_ROUNDS: [string, string][] = [
  ['r1', '2025-01-01'],
  ['r2', '2025-02-01'],
];

/** A minimal valid dataset: parties a, b, issue x, one round r1 unless given. */
export function dataset(spec: FixtureSpec = {}): Dataset {
  const {
    parties = ['a', 'b'],
    issues = ['x'],
    rounds = [['r1', '2025-01-01']],
    positions = [],
  } = spec;
  return {
    id: 'fixture',
    title: 'Fixture',
    summary: 'Fixture.',
    asOf: '2025-12-31',
    sources: [{ id: 'src', title: 'Source', kind: 'official-statement', file: 'src.txt' }],
    parties: parties.map((id) => ({ id, name: id, shortName: id, kind: 'party-to-conflict' })),
    issues: issues.map((id) => ({
      id,
      title: id,
      question: `${id}?`,
      scale: { zero: 'none', hundred: 'all' },
    })),
    rounds: rounds.map(([id, date]) => ({ id, label: id, date })),
    positions,
    ...(spec.outcomes && { outcomes: spec.outcomes }),
    events: [],
  };
}

/** A deterministic pseudo-random generator (mulberry32) so random fixtures repeat. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random dataset: some positions missing, some ranged, values on a coarse grid so ties happen. */
export function randomDataset(
  seed: number,
  partyCount: number,
  issueCount: number,
  roundCount = 1,
): Dataset {
  const random = seeded(seed);
  const parties = Array.from({ length: partyCount }, (_, i) => `p${i}`);
  const issues = Array.from({ length: issueCount }, (_, i) => `i${i}`);
  const rounds = Array.from({ length: roundCount }, (_, i): [string, string] => [
    `r${i}`,
    `2025-0${i + 1}-01`,
  ]);
  const positions: Position[] = [];
  const outcomes: Outcome[] = [];
  for (const [round] of rounds) {
    for (const issue of issues) {
      for (const party of parties) {
        const roll = random();
        if (roll < 0.15) continue;
        if (roll < 0.2) {
          positions.push(silent(party, issue, round));
          continue;
        }
        const value = Math.round(random() * 20) * 5;
        const extras: CodedExtras = { salience: 1 + Math.floor(random() * 5) };
        if (random() < 0.3) {
          extras.acceptable = { min: Math.max(0, value - 10), max: Math.min(100, value + 15) };
        }
        positions.push(coded(party, issue, round, value, extras));
      }
      if (random() < 0.2)
        outcomes.push(outcome(issue, round, [parties[0]!, parties[parties.length - 1]!]));
    }
  }
  return dataset({ parties, issues, rounds, positions, outcomes });
}
