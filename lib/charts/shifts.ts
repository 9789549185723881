import { type Snapshot, type ValueBasis, valueSeries } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { type PartyView, partyViews } from '@/lib/style/palette';
import { formatDate } from '@/lib/wording/dates';
import { count, points } from '@/lib/wording/numbers';
import { caveatedPoints } from '@/lib/wording/position';
import { isolate } from '@/lib/wording/text';
import { listText } from '../wording/text';

/** One round on the shifts chart's x axis, with each party's value in force (absent = none yet). */
export interface ShiftPoint {
  round: string;
  label: string;
  date: string;
  /** "16 May 2025" */
  dateText: string;
  values: Record<string, number | undefined>;
  /** Per party, when its value is carried from an earlier round: that round (`dateText`: "10 May 2025"). */
  carriedFrom: Record<string, CarriedFrom | undefined>;
}

/** The earlier round a carried value was coded in. */
export interface CarriedFrom {
  round: string;
  dateText: string;
}

/** Props of ShiftsChart: rounds in time order and the parties that have a value in at least one. */
export interface ShiftSeries {
  issue: string;
  title: string;
  points: ShiftPoint[];
  lines: ShiftLine[];
  /** Parties with no value in any round. */
  silent: string[];
  /** False with one round or no value at all: then the chart is not shown. */
  show: boolean;
  caption: string;
  description: string;
}

/**
 * A party's line, with the index of its last value and the name written there: parties ending at
 * the same value share one label ("US, E4") on the first of them, so names never overprint.
 */
export type ShiftLine = PartyView & { last: number; endLabel?: string };

/** Sets each line's end label, grouping lines that end at the same round and value. */
export function labelLineEnds(lines: ShiftLine[], points: readonly ShiftPoint[]): ShiftLine[] {
  const groups = new Map<string, ShiftLine[]>();
  for (const line of lines) {
    const key = `${line.last}|${points[line.last]?.values[line.id]}`;
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return lines.map((line) => {
    const group = groups.get(`${line.last}|${points[line.last]?.values[line.id]}`) ?? [line];
    return group[0] === line
      ? { ...line, endLabel: group.map((l) => l.shortName).join(', ') }
      : line;
  });
}

interface Move {
  name: string;
  from: number;
  to: number;
  /** Status and confidence of each end, when known, so the caption carries the caveat. */
  fromBasis?: ValueBasis;
  toBasis?: ValueBasis;
}

const valueWords = (value: number, basis?: ValueBasis) =>
  basis ? caveatedPoints(value, basis) : points(value);

/** "Russia moved from 10 to 30 between 10 May 2025 and 19 May 2025." or "No party's position changed …". */
export function shiftCaption(moves: readonly Move[], first: string, last: string): string {
  const span = `between ${first} and ${last}`;
  if (moves.length === 0) return `No party's position changed ${span}.`;
  const [only] = moves;
  if (moves.length === 1 && only)
    return `${isolate(only.name)} moved from ${valueWords(only.from, only.fromBasis)} to ${valueWords(only.to, only.toBasis)} ${span}.`;
  const list = moves.map(
    (m) =>
      `${isolate(m.name)} (${valueWords(m.from, m.fromBasis)} to ${valueWords(m.to, m.toBasis)})`,
  );
  return `${count(moves.length, 'party', 'parties')} moved ${span}: ${listText(list)}.`;
}

/**
 * Each party's value in force on an issue at every round up to the snapshot's round (values carry
 * forward; before a first value there is none, never 0). A party "moved" when its last value differs from its first.
 */
export function shiftSeries(dataset: Dataset, snapshot: Snapshot, issueId: string): ShiftSeries {
  const issue = dataset.issues.find((i) => i.id === issueId);
  if (!issue) throw new RangeError(`Unknown issue: ${issueId}`);
  const parties = partyViews(dataset.parties);
  const upTo = snapshot.rounds.findIndex((r) => r.id === snapshot.round.id);
  const series = valueSeries(dataset, issueId, snapshot.parties).map((s) => ({
    party: s.party,
    points: s.points.slice(0, upTo + 1),
  }));
  const rounds = snapshot.rounds.slice(0, upTo + 1);
  const shiftPoints: ShiftPoint[] = rounds.map((round, i) => {
    const values: Record<string, number | undefined> = {};
    const carriedFrom: Record<string, CarriedFrom | undefined> = {};
    for (const s of series) {
      values[s.party] = s.points[i]?.value;
      const from = s.points[i]?.carriedFrom;
      if (from) carriedFrom[s.party] = { round: from.id, dateText: formatDate(from.date) };
    }
    return {
      round: round.id,
      label: round.label,
      date: round.date,
      dateText: formatDate(round.date),
      values,
      carriedFrom,
    };
  });
  const lines: ShiftLine[] = [];
  const silent: string[] = [];
  const moves: Move[] = [];
  for (const s of series) {
    const party = parties.get(s.party);
    if (!party) continue;
    const known = s.points.filter((p) => p.value !== undefined);
    if (known.length === 0) {
      silent.push(party.name);
      continue;
    }
    lines.push({ ...party, last: s.points.findLastIndex((p) => p.value !== undefined) });
    const first = known[0]!;
    const final = known[known.length - 1]!;
    const from = first.value!;
    const to = final.value!;
    if (from !== to) {
      const move: Move = { name: party.name, from, to };
      if (first.basis) move.fromBasis = first.basis;
      if (final.basis) move.toBasis = final.basis;
      moves.push(move);
    }
  }
  const first = shiftPoints[0]?.dateText ?? '';
  const last = shiftPoints[shiftPoints.length - 1]?.dateText ?? '';
  const show = rounds.length > 1 && lines.length > 0;
  const caption = show ? shiftCaption(moves, first, last) : 'Only one round, so nothing can shift.';
  const description = `${isolate(issue.title)}: each party's position across ${count(rounds.length, 'round')}. ${caption}${
    silent.length ? ` No stated position in any round: ${listText(silent.map(isolate))}.` : ''
  }`;
  return {
    issue: issueId,
    title: issue.title,
    points: shiftPoints,
    lines: labelLineEnds(lines, shiftPoints),
    silent,
    show,
    caption,
    description,
  };
}
