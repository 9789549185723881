import type { CodedPosition, Dataset, Position, Round } from '@/lib/model';
import { type Interval, positionInterval } from './interval';
import {
  codingGrid,
  inForceAt,
  isCoded,
  isPresentAt,
  roundIndexOf,
  rowOf,
  selectParties,
} from './timeline';

export { orderedRounds } from './timeline';

/**
 * One party × issue cell as seen from a round; `position` undefined means never coded up to that
 * round, or (with `atTable` false) that the party is not at the table in that round.
 */
export interface ResolvedCell {
  party: string;
  issue: string;
  position?: Position;
  fromRound?: Round;
  carried: boolean;
  /** False when the party is not at the table in the viewed round: then nothing is in force. */
  atTable: boolean;
}

/** A position with a value in force at the viewed round, with the interval it could live with. */
export interface KnownPosition {
  party: string;
  issue: string;
  value: number;
  interval: Interval;
  ranged: boolean;
  salience?: number;
  position: CodedPosition;
  fromRound: Round;
  carried: boolean;
}

/** Every party × issue position in force at one round. */
export interface Snapshot {
  round: Round;
  /** All rounds of the dataset, in time order. */
  rounds: Round[];
  parties: string[];
  /** The selected parties at the table in this round, in party order (the others have no position here). */
  atTable: string[];
  issues: string[];
  /** issue → party → cell, for every selected party and every issue. */
  cells: Map<string, Map<string, ResolvedCell>>;
  /** issue → positions with a value, in party order (empty when nobody has one). */
  known: Map<string, KnownPosition[]>;
}

/** Which round to view (default: the latest) and which parties to show, in what order (default: all). */
export interface SnapshotOptions {
  round?: string;
  parties?: string[];
}

/** A KnownPosition from a coded position found in force. */
export function toKnownPosition(
  position: CodedPosition,
  fromRound: Round,
  carried: boolean,
): KnownPosition {
  const known: KnownPosition = {
    party: position.party,
    issue: position.issue,
    value: position.value,
    interval: positionInterval(position),
    ranged: position.acceptable !== undefined,
    position,
    fromRound,
    carried,
  };
  if (position.salience !== undefined) known.salience = position.salience;
  return known;
}

/**
 * The positions in force at a round (default: the latest), for the selected parties.
 * RULE: a party's position on an issue holds from the round that codes it until a later round
 * codes it again; viewing round R takes, per party × issue, the latest round up to R in time order
 * (date, then dataset order) that codes it; `carried` is true when that round is not R.
 * RULE: a later 'none' does not override an earlier value: the earlier value is carried forward,
 * because silence in a later source is not a withdrawal. A 'none' shows only when no value was ever coded.
 * RULE: a 'withdrawn' ends the carry: the cell shows the withdrawal and has no value.
 * RULE: a party not at the table in the round (see presenceTable) has no position there, carried
 * or not, and no known value: no gap, zone, alignment, agreement, demand or count uses it.
 * Throws a RangeError for an unknown round id (check with `findRound` first).
 */
export function takeSnapshot(dataset: Dataset, options: SnapshotOptions = {}): Snapshot {
  const grid = codingGrid(dataset);
  const index = roundIndexOf(grid, options.round);
  const round = grid.rounds[index];
  if (!round) throw new RangeError('The dataset has no rounds');
  const parties = selectParties(dataset, options.parties);
  const atTable = parties.filter((party) => isPresentAt(grid, party, index));
  const present = new Set(atTable);
  const issues = dataset.issues.map((issue) => issue.id);
  const cells = new Map<string, Map<string, ResolvedCell>>();
  const known = new Map<string, KnownPosition[]>();
  for (const issue of issues) {
    const row = new Map<string, ResolvedCell>();
    const withValue: KnownPosition[] = [];
    for (const party of parties) {
      if (!present.has(party)) {
        row.set(party, { party, issue, carried: false, atTable: false });
        continue;
      }
      const start = rowOf(grid, issue, party);
      const at = inForceAt(grid, start, index);
      const position = start === undefined ? undefined : grid.positions[start + at];
      const fromRound = grid.rounds[at];
      if (at < 0 || !position || !fromRound) {
        row.set(party, { party, issue, carried: false, atTable: true });
        continue;
      }
      const carried = at !== index;
      row.set(party, { party, issue, position, fromRound, carried, atTable: true });
      if (isCoded(position)) withValue.push(toKnownPosition(position, fromRound, carried));
    }
    cells.set(issue, row);
    known.set(issue, withValue);
  }
  return { round, rounds: [...grid.rounds], parties, atTable, issues, cells, known };
}

const lookups = new WeakMap<Snapshot, Map<string, Map<string, KnownPosition>>>();

/** The party's known position on the issue in this snapshot, or undefined when it has none. */
export function knownPositionOf(
  snapshot: Snapshot,
  issue: string,
  party: string,
): KnownPosition | undefined {
  let lookup = lookups.get(snapshot);
  if (!lookup) {
    lookup = new Map();
    for (const [id, list] of snapshot.known) lookup.set(id, new Map(list.map((k) => [k.party, k])));
    lookups.set(snapshot, lookup);
  }
  return lookup.get(issue)?.get(party);
}
