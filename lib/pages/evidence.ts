import {
  contestedReadings,
  isAtTable,
  orderedRounds,
  takeSnapshot,
  type ResolvedCell,
} from '@/lib/analysis';
import {
  type Dataset,
  hasValue,
  type Issue,
  type Party,
  type Position,
  type Round,
} from '@/lib/model';
import { contestedText, quoteReadingText } from '@/lib/wording/statement';

/** One round in a cell's history: what was coded in that round, if anything. */
export interface HistoryEntry {
  round: Round;
  /** The position coded in this round (a value beats a 'none' in the same round); undefined when not coded. */
  position?: Position;
  /** Change of value since the previous round that coded one; only for coded positions after the first. */
  change?: number;
  /** True for the round whose coding is in force at the round viewed. */
  inForce: boolean;
  /** False when the party is not at the table in this round (then nothing is coded or carried here). */
  atTable: boolean;
}

/** Everything the evidence page of one cell shows. */
export interface CellEvidence {
  issue: Issue;
  party: Party;
  /** The round viewed. */
  round: Round;
  /** The cell as the matrix shows it at that round. */
  cell: ResolvedCell;
  /** Every round, in time order. */
  history: HistoryEntry[];
  /** "sources disagree: readings 20–80 of 100 (coded 50)" when the position in force is contested. */
  contested?: string;
  /** What each quote of the position in force reads on the scale, in evidence order; only when a quote gives a reading. */
  readings?: string[];
}

/**
 * The evidence of one party × issue cell at a round (default: the latest), with its history.
 * Undefined when the dataset has no such issue, party or round.
 */
export function cellEvidence(
  dataset: Dataset,
  issueId: string,
  partyId: string,
  roundId?: string,
): CellEvidence | undefined {
  const issue = dataset.issues.find((i) => i.id === issueId);
  const party = dataset.parties.find((p) => p.id === partyId);
  if (!issue || !party) return undefined;
  if (roundId !== undefined && !dataset.rounds.some((r) => r.id === roundId)) return undefined;
  const snapshot = takeSnapshot(dataset, { round: roundId, parties: [partyId] });
  const cell = snapshot.cells.get(issueId)?.get(partyId) ?? {
    party: partyId,
    issue: issueId,
    carried: false,
    atTable: true,
  };
  const coded = new Map<string, Position>();
  for (const p of dataset.positions) {
    if (p.party !== partyId || p.issue !== issueId) continue;
    const earlier = coded.get(p.round);
    if (!earlier || earlier.status === 'none' || p.status !== 'none') coded.set(p.round, p);
  }
  let previous: number | undefined;
  const history = orderedRounds(dataset).map((round): HistoryEntry => {
    const position = coded.get(round.id);
    const entry: HistoryEntry = {
      round,
      inForce: cell.fromRound?.id === round.id,
      atTable: isAtTable(dataset, partyId, round.id),
    };
    if (!position) return entry;
    entry.position = position;
    if (position.status === 'withdrawn') previous = undefined;
    if (hasValue(position)) {
      if (previous !== undefined) entry.change = position.value - previous;
      previous = position.value;
    }
    return entry;
  });
  const evidence: CellEvidence = { issue, party, round: snapshot.round, cell, history };
  const position = cell.atTable ? cell.position : undefined;
  const contested = contestedReadings(position);
  if (contested) evidence.contested = contestedText(contested);
  if (hasValue(position) && position.evidence.some((e) => e.reading !== undefined)) {
    const { value } = position;
    evidence.readings = position.evidence.map((e) => quoteReadingText(e.reading, value));
  }
  return evidence;
}
