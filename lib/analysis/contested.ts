import { type CodedEvidence, hasValue, type Position } from '@/lib/model';
import { AGREEMENT_THRESHOLD } from './rankings';
import type { Snapshot } from './snapshot';

/** The spread of what a cell's sources support, when they disagree with its coded value. */
export interface ContestedReadings {
  /** The coder's value for the cell. */
  value: number;
  /** Lowest and highest reading over the cell's quotes (a quote without a reading counts at the value). */
  min: number;
  max: number;
  /** The reading of each quote, in evidence order. */
  readings: number[];
}

/** The value one quote supports: its own reading, or the cell's value when it gives none. */
export function quoteReading(evidence: CodedEvidence, value: number): number {
  return evidence.reading ?? value;
}

/**
 * The readings of a cell whose sources disagree; undefined when they do not, or when the cell has
 * no value (not coded, silent or withdrawn).
 * RULE: a cell is contested when some quote's reading differs from the cell's value by more than
 * AGREEMENT_THRESHOLD (10 of 100), the same distance beyond which two parties count as apart. A
 * reading exactly 10 away is not contested.
 */
export function contestedReadings(position: Position | undefined): ContestedReadings | undefined {
  if (!hasValue(position)) return undefined;
  const { value } = position;
  const readings = position.evidence.map((e) => quoteReading(e, value));
  if (!readings.some((reading) => Math.abs(reading - value) > AGREEMENT_THRESHOLD))
    return undefined;
  return { value, min: Math.min(...readings), max: Math.max(...readings), readings };
}

/** The contested cells in force at a snapshot, by issue and then party (at the table only). */
export function contestedCells(snapshot: Snapshot): Map<string, Map<string, ContestedReadings>> {
  const out = new Map<string, Map<string, ContestedReadings>>();
  for (const [issue, cells] of snapshot.cells) {
    for (const [party, cell] of cells) {
      const contested = cell.atTable ? contestedReadings(cell.position) : undefined;
      if (!contested) continue;
      let byParty = out.get(issue);
      if (!byParty) out.set(issue, (byParty = new Map()));
      byParty.set(party, contested);
    }
  }
  return out;
}
