import {
  type CodedPosition,
  type Dataset,
  type Position,
  type Range,
  type WhatIfChange,
  whatIfSpec,
} from '@/lib/model';
import { codingGrid, inForceAt, isCoded, isPresentAt, patchedGrid, rowOf } from './timeline';

/** The exact words every page, chart, slide and export of a what-if view carries. */
export const SCENARIO_MARK = 'Scenario: not coded data';

/** The label of a position a what-if link set: never a coded one. */
export const SCENARIO_LABEL = 'Scenario value';

/** One change a what-if view made, in words and numbers. */
export interface AppliedChange {
  change: WhatIfChange;
  partyName: string;
  /** The issue's title (position changes only). */
  issueTitle?: string;
  /** The round the value is set in (position changes: the latest round). */
  roundLabel?: string;
  /** The value in force before (coded, as shown), or undefined when there was none. */
  from?: number;
  to: number;
}

/** What a what-if view changed, and which parts of its link it could not use. */
export interface Scenario {
  /** The link's value as kept on every link and form (`russia.security=40,ukraine.capability=60`). */
  spec: string;
  changes: AppliedChange[];
  /** One sentence per part of the link left out, naming the bad part. */
  ignored: string[];
}

/** True for a position a what-if link set (it has no quote: it is not coded data). */
export function isScenarioPosition(position: Position): boolean {
  return position.label === SCENARIO_LABEL && (position.evidence?.length ?? 0) === 0;
}

const clamp = (x: number) => Math.min(100, Math.max(0, x));

function movedRange(range: Range | undefined, shift: number): Range | undefined {
  return range && { min: clamp(range.min + shift), max: clamp(range.max + shift) };
}

function scenarioPosition(
  party: string,
  issue: string,
  round: string,
  to: number,
  before: CodedPosition | undefined,
): CodedPosition {
  const was = before ? `the value in force was ${before.value}` : 'no value was in force';
  const summary = `${SCENARIO_MARK}. A what-if link sets this to ${to}; ${was}.`;
  const position: CodedPosition = {
    party,
    issue,
    round,
    status: before?.status ?? 'inferred',
    label: SCENARIO_LABEL,
    summary,
    value: to,
    confidence: 'low',
    codingNote: summary,
    evidence: [],
  };
  const acceptable = movedRange(before?.acceptable, before ? to - before.value : 0);
  if (acceptable) position.acceptable = acceptable;
  if (before?.salience !== undefined) position.salience = before.salience;
  return position;
}

/**
 * The dataset as a what-if view reads it, with what it changed.
 * RULE: a position change sets the party's value on the issue in the latest round (in time
 * order), whatever was in force there; its acceptable range moves with it, keeping its width
 * (cut at 0 and 100), and its salience stays. The new cell has no quote: its label is
 * SCENARIO_LABEL and its summary says it is not coded data. Earlier rounds stay as coded.
 * A capability change sets the party's capability. Changes are applied in order; a party not at
 * the table in the latest round cannot take a position there and its change is left out, named in
 * `ignored`. The result is never validated or written anywhere: it exists for one view.
 */
export function applyWhatIf(
  dataset: Dataset,
  changes: readonly WhatIfChange[],
  spec: string,
  ignored: readonly string[] = [],
): { dataset: Dataset; scenario: Scenario } {
  const grid = codingGrid(dataset);
  const latestIndex = grid.rounds.length - 1;
  const latest = grid.rounds[latestIndex];
  const parties = new Map(dataset.parties.map((p) => [p.id, p] as const));
  const issues = new Map(dataset.issues.map((i) => [i.id, i] as const));
  const out: AppliedChange[] = [];
  const notes = [...ignored];
  const setPositions = new Map<string, CodedPosition>();
  const slots = new Map<string, number>();
  const capabilities = new Map<string, number>();
  for (const change of changes) {
    const party = parties.get(change.party);
    if (!party) {
      notes.push(`Ignored what-if ${whatIfSpec(change)}: no party "${change.party}".`);
      continue;
    }
    if (change.kind === 'capability') {
      capabilities.set(party.id, change.value);
      out.push({ change, partyName: party.name, from: party.capability, to: change.value });
      continue;
    }
    const issue = issues.get(change.issue);
    if (!issue) {
      notes.push(`Ignored what-if ${whatIfSpec(change)}: no issue "${change.issue}".`);
      continue;
    }
    if (!latest || !isPresentAt(grid, party.id, latestIndex)) {
      notes.push(
        `Ignored what-if ${whatIfSpec(change)}: ${party.name} is not at the table in the latest round.`,
      );
      continue;
    }
    const key = `${party.id}\u0000${issue.id}`;
    const row = rowOf(grid, issue.id, party.id);
    const at = inForceAt(grid, row, latestIndex);
    const inForce = row === undefined || at < 0 ? undefined : grid.positions[row + at];
    const before = setPositions.get(key) ?? (isCoded(inForce) ? inForce : undefined);
    setPositions.set(key, scenarioPosition(party.id, issue.id, latest.id, change.value, before));
    if (row !== undefined) slots.set(key, row + latestIndex);
    out.push({
      change,
      partyName: party.name,
      issueTitle: issue.title,
      roundLabel: latest.label,
      from: before?.value,
      to: change.value,
    });
  }
  const scenario: Scenario = { spec, changes: out, ignored: notes };
  if (out.length === 0) return { dataset, scenario };
  // The cell in force in the latest round is replaced where it was coded there, else the new
  // one is added (found by identity through the grid: no scan of every position's fields).
  const positions = dataset.positions.slice();
  const patches = new Map<number, Position>();
  for (const [key, position] of setPositions) {
    const slot = slots.get(key);
    const coded = slot === undefined ? undefined : grid.positions[slot];
    const at = coded ? positions.indexOf(coded) : -1;
    if (at >= 0) positions[at] = position;
    else positions.push(position);
    if (slot !== undefined) patches.set(slot, position);
  }
  const changed: Dataset = {
    ...dataset,
    parties: dataset.parties.map((p) =>
      capabilities.has(p.id)
        ? {
            ...p,
            capability: capabilities.get(p.id)!,
            capabilityNote: `${SCENARIO_MARK}: set by a what-if link.`,
          }
        : p,
    ),
    positions,
  };
  // Same parties, issues, rounds and presence: the grid is the old one with these cells replaced.
  patchedGrid(dataset, changed, patches);
  return { dataset: changed, scenario };
}
