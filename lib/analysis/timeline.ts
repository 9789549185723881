import {
  type CodedPosition,
  type Dataset,
  hasValue,
  type Position,
  presenceTable,
  type Round,
} from '@/lib/model';

/** The parts of a dataset that say who was coded on what, and when. */
export type CodingSource = Pick<Dataset, 'parties' | 'issues' | 'rounds' | 'positions'>;

/**
 * Every issue × party × round coding of a dataset in two flat arrays (one allocation each, so a
 * 60 × 300 × 3 dataset builds fast). Slot of (issue, party, round) = rowOf(grid, issue, party) + round.
 */
export interface CodingGrid {
  /** Rounds in time order; a round's index here is its offset within a row. */
  rounds: Round[];
  roundIndex: Map<string, number>;
  issueIndex: Map<string, number>;
  partyIndex: Map<string, number>;
  /** The position coded in each slot, undefined when not coded. */
  positions: (Position | undefined)[];
  /** The value coded in each slot, NaN when it codes no value (kept apart so hot loops skip the objects). */
  values: Float64Array;
  /** Presence: slot = party index × rounds + round index, 1 when the party is at the table (see presenceTable). */
  present: Uint8Array;
}

/** RULE: rounds are ordered by date, then by their order in the dataset (the sort is stable). */
export function orderedRounds(dataset: Pick<Dataset, 'rounds'>): Round[] {
  return [...dataset.rounds].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The round with this id, or undefined when the dataset has none by that id. */
export function findRound(dataset: Pick<Dataset, 'rounds'>, id: string): Round | undefined {
  return dataset.rounds.find((round) => round.id === id);
}

/** True for a position that carries a value (status 'stated' or 'inferred'). */
export function isCoded(position: Position | undefined): position is CodedPosition {
  return hasValue(position);
}

const grids = new WeakMap<CodingSource, CodingGrid>();

/**
 * The coding grid of a dataset, built once per dataset object (datasets are treated as immutable).
 * RULE: within one round, a position with a value beats a 'none' for the same party and issue; otherwise the later entry wins.
 * RULE: positions coded in a round where the party is not at the table are left out (the validator reports them).
 */
export function codingGrid(dataset: CodingSource): CodingGrid {
  let grid = grids.get(dataset);
  if (!grid) grids.set(dataset, (grid = buildGrid(dataset)));
  return grid;
}

/**
 * The grid of `changed`, a copy of `base` (whose parties, issues, rounds and presence it shares)
 * with some cells replaced by `patches` (slot → position), remembered for `changed` so that its
 * snapshots need no rebuild: a what-if view changes a few cells of a large dataset.
 */
export function patchedGrid(
  base: CodingSource,
  changed: CodingSource,
  patches: ReadonlyMap<number, Position>,
): CodingGrid {
  const from = codingGrid(base);
  const grid: CodingGrid = {
    ...from,
    positions: from.positions.slice(),
    values: from.values.slice(),
  };
  for (const [slot, position] of patches) {
    grid.positions[slot] = position;
    grid.values[slot] = hasValue(position) ? position.value : NaN;
  }
  grids.set(changed, grid);
  return grid;
}

function indexById(items: readonly { id: string }[]): Map<string, number> {
  return new Map(items.map((item, index) => [item.id, index] as const));
}

function buildGrid(dataset: CodingSource): CodingGrid {
  const rounds = orderedRounds(dataset);
  const size = dataset.issues.length * dataset.parties.length * rounds.length;
  const grid: CodingGrid = {
    rounds,
    roundIndex: indexById(rounds),
    issueIndex: indexById(dataset.issues),
    partyIndex: indexById(dataset.parties),
    positions: new Array<Position | undefined>(size).fill(undefined),
    values: new Float64Array(size).fill(NaN),
    present: presenceTable(dataset, rounds),
  };
  const n = rounds.length;
  for (const position of dataset.positions) {
    const row = rowOf(grid, position.issue, position.party);
    const round = grid.roundIndex.get(position.round);
    // dangling references are the validator's business
    if (row === undefined || round === undefined) continue;
    const party = grid.partyIndex.get(position.party)!;
    if (grid.present[party * n + round] !== 1) continue;
    const slot = row + round;
    if (position.status === 'none' && grid.positions[slot]) continue;
    grid.positions[slot] = position;
    grid.values[slot] = hasValue(position) ? position.value : NaN;
  }
  return grid;
}

/** The first slot of an issue × party row, or undefined when the dataset has no such issue or party. */
export function rowOf(grid: CodingGrid, issue: string, party: string): number | undefined {
  const i = grid.issueIndex.get(issue);
  const p = grid.partyIndex.get(party);
  if (i === undefined || p === undefined) return undefined;
  return (i * grid.partyIndex.size + p) * grid.rounds.length;
}

/**
 * The round (index into `grid.rounds`) whose coding is in force for a row at round `upTo`, or -1 when none.
 * RULE: the latest round at or before `upTo` that codes a value or a withdrawal wins; a later
 * 'none' does not end it, because silence in a later source is not a withdrawal. A 'withdrawn'
 * ends the carried value: from then on the withdrawal is in force. Only when no round codes a
 * value or withdrawal does the latest 'none' hold (the coder checked and found silence).
 * Presence is the caller's business (see `isPresentAt`); absent rounds hold no coding.
 */
export function inForceAt(grid: CodingGrid, row: number | undefined, upTo: number): number {
  if (row === undefined) return -1;
  let silent = -1;
  for (let round = Math.min(upTo, grid.rounds.length - 1); round >= 0; round--) {
    if (!Number.isNaN(grid.values[row + round]!)) return round;
    const position = grid.positions[row + round];
    if (position?.status === 'withdrawn') return round;
    if (silent < 0 && position) silent = round;
  }
  return silent;
}

/** True when the party (by id) is at the table at round index `round` of the grid. */
export function isPresentAt(grid: CodingGrid, party: string, round: number): boolean {
  const p = grid.partyIndex.get(party);
  return p !== undefined && grid.present[p * grid.rounds.length + round] === 1;
}

/** RULE: a party filter keeps the dataset's parties it names, in the filter's order, once each; unknown ids are dropped. Without a filter, all parties in dataset order. */
export function selectParties(
  dataset: Pick<Dataset, 'parties'>,
  parties?: readonly string[],
): string[] {
  const all = dataset.parties.map((party) => party.id);
  if (!parties) return all;
  const known = new Set(all);
  return [...new Set(parties)].filter((id) => known.has(id));
}

/** The index of round `id` in the grid, the latest round when `id` is undefined; throws on an unknown id. */
export function roundIndexOf(grid: CodingGrid, id: string | undefined): number {
  const index = id === undefined ? grid.rounds.length - 1 : grid.roundIndex.get(id);
  if (index === undefined) throw new RangeError(`No round with id "${id}" in this dataset`);
  if (index < 0) throw new RangeError('The dataset has no rounds');
  return index;
}
