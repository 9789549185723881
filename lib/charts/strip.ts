import {
  type GapMeasure,
  type KnownPosition,
  type Snapshot,
  issueDisagreement,
  zoneOfAgreement,
} from '@/lib/analysis';
import type { Confidence, Dataset } from '@/lib/model';
import { type MarkerShape, type PartyView, partyViews } from '@/lib/style/palette';
import { gapText } from '@/lib/wording/gap';
import { points } from '@/lib/wording/numbers';
import { isolate, listText } from '@/lib/wording/text';

/** One party's marker on a position strip. */
export interface StripMarker {
  party: string;
  name: string;
  shortName: string;
  colour: string;
  shape: MarkerShape;
  value: number;
  /** The acceptable range, drawn as a bar; absent when the party gave none. */
  range?: { min: number; max: number };
  status: 'stated' | 'inferred';
  label: string;
  confidence: Confidence;
  /** The first verbatim quote, cut to 240 characters for the tooltip. */
  quote?: string;
  /** The round's label when the position was coded earlier and carried forward. */
  carriedFrom?: string;
  /** Lane of the marker (0 = top), one lane per known position. */
  row: number;
}

/** The shaded zone every party could accept, or the missing stretch between the outermost two intervals (positions, or acceptable ranges where given). */
export type StripGap =
  | { kind: 'zone'; min: number; max: number; text: string }
  | {
      kind: 'gap';
      from: number;
      to: number;
      distance: number;
      between: [string, string];
      text: string;
    };

/** Everything a position strip draws for one issue; props of PositionStrip. */
export interface StripSeries {
  issue: string;
  title: string;
  /** What 0 and 100 mean on this issue's scale. */
  zero: string;
  hundred: string;
  markers: StripMarker[];
  /** Parties with no stated position (not drawn: never placed at 0). */
  silent: { party: string; name: string }[];
  gap?: StripGap;
  /** The pair furthest apart, with both measures, and the salience-weighted spread, for ordering; undefined with fewer than two known. */
  widest?: GapMeasure & { a: string; b: string };
  spread?: number;
  /** A word drawn on the chart when there is no gap to draw: "only one side known". */
  note?: StripNote;
  caption: string;
  description: string;
}

/** Text placed on the 0–100 axis, away from the lone marker. */
export interface StripNote {
  text: string;
  at: number;
  anchor: 'start' | 'middle' | 'end';
}

/** RULE: one known position → "only one side known" on the far side of the scale; none → "no stated position" in the middle. */
export function stripNote(markers: readonly { value: number }[]): StripNote | undefined {
  const [only] = markers;
  if (!only) return { text: 'no stated position', at: 50, anchor: 'middle' };
  if (markers.length > 1) return undefined;
  return only.value > 50
    ? { text: 'only one side known', at: 0, anchor: 'start' }
    : { text: 'only one side known', at: 100, anchor: 'end' };
}

const QUOTE_MAX = 240;

function cutQuote(text: string): string {
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function toMarker(known: KnownPosition, party: PartyView, row: number, snapshot: Snapshot) {
  const marker: StripMarker = {
    party: party.id,
    name: party.name,
    shortName: party.shortName,
    colour: party.colour,
    shape: party.shape,
    value: known.value,
    status: known.position.status,
    label: known.position.label,
    confidence: known.position.confidence,
    row,
  };
  if (known.ranged) marker.range = { ...known.interval };
  const quote = known.position.evidence[0]?.quote;
  if (quote) marker.quote = cutQuote(quote);
  if (known.fromRound.id !== snapshot.round.id) marker.carriedFrom = known.fromRound.label;
  return marker;
}

function stripGap(known: readonly KnownPosition[]) {
  const zone = zoneOfAgreement(known);
  if (!zone) return undefined;
  if (zone.kind === 'zone') {
    const { min, max } = zone.interval;
    const text =
      min === max ? `meet at ${points(min)}` : `zone of agreement ${points(min)}–${points(max)}`;
    return { kind: 'zone', min, max, text } satisfies StripGap;
  }
  const [low, high] = zone.between;
  const lowSide = known.find((k) => k.party === low);
  const highSide = known.find((k) => k.party === high);
  // The band spans acceptable ranges when either outermost side gave one, else the two positions.
  const ranges = Boolean(lowSide?.ranged || highSide?.ranged);
  return {
    kind: 'gap',
    from: lowSide?.interval.max ?? 0,
    to: highSide?.interval.min ?? 0,
    distance: zone.distance,
    between: zone.between,
    text: `${ranges ? 'ranges' : 'positions'} ${points(zone.distance)} apart`,
  } satisfies StripGap;
}

/**
 * The finding of a strip, led by the pair furthest apart ("A and B are furthest apart: positions
 * 65 apart; acceptable ranges 60 apart."), then the zone of agreement where there is one.
 */
export function stripCaption(series: Pick<StripSeries, 'markers' | 'gap' | 'widest'>): string {
  const { markers, gap, widest } = series;
  const [only] = markers;
  if (!only) return 'No party has a stated position on this issue.';
  if (markers.length === 1)
    return `Only one side known: ${isolate(only.name)} at ${points(only.value)}; no gap can be measured.`;
  const name = (id: string) => isolate(markers.find((m) => m.party === id)?.name ?? id);
  const lead =
    widest && widest.distance > 0
      ? `${name(widest.a)} and ${name(widest.b)} are furthest apart: ${gapText(widest)}.`
      : '';
  return [lead, zoneSentence(markers, gap)].filter(Boolean).join(' ');
}

function zoneSentence(markers: readonly StripMarker[], gap: StripGap | undefined): string {
  if (gap?.kind !== 'zone') return '';
  if (gap.min === gap.max && markers.every((m) => !m.range))
    return `All ${markers.length} parties with a position stand at ${points(gap.min)}.`;
  return gap.min === gap.max
    ? `The ${markers.length} known positions meet at ${points(gap.min)}: a zone of possible agreement.`
    : `Every party with a position could accept ${points(gap.min)}–${points(gap.max)} of 100: a zone of possible agreement.`;
}

/**
 * The position strip of one issue at the snapshot's round: one marker per party with a value
 * (in party order), acceptable ranges, and the zone of agreement or the missing distance.
 * RULE: a party at the table with no value is listed in `silent`, never drawn; a party not at the
 * table is neither drawn nor listed; with one known position there is no gap.
 */
export function positionStripSeries(
  dataset: Dataset,
  snapshot: Snapshot,
  issueId: string,
  parties: Map<string, PartyView> = partyViews(dataset.parties),
): StripSeries {
  const issue = dataset.issues.find((i) => i.id === issueId);
  if (!issue) throw new RangeError(`Unknown issue: ${issueId}`);
  const known = snapshot.known.get(issueId) ?? [];
  const markers: StripMarker[] = [];
  for (const position of known) {
    const party = parties.get(position.party);
    if (party) markers.push(toMarker(position, party, markers.length, snapshot));
  }
  const withValue = new Set(markers.map((m) => m.party));
  // A party not at the table in this round is left out altogether, not listed as silent.
  const silent = snapshot.atTable
    .filter((id) => !withValue.has(id))
    .map((id) => ({ party: id, name: parties.get(id)?.name ?? id }));
  const gap = stripGap(known);
  const disagreement = issueDisagreement(snapshot, issueId);
  const series: StripSeries = {
    issue: issue.id,
    title: issue.title,
    zero: issue.scale.zero,
    hundred: issue.scale.hundred,
    markers,
    silent,
    caption: '',
    description: '',
  };
  if (gap) series.gap = gap;
  const note = stripNote(markers);
  if (note) series.note = note;
  if (disagreement.widest) {
    const { distance, rangeGap, ranged, a, b } = disagreement.widest;
    series.widest = { distance, rangeGap, ranged, a, b };
  }
  if (disagreement.spread !== undefined) series.spread = disagreement.spread;
  series.caption = stripCaption(series);
  series.description = stripDescription(series);
  return series;
}

/** A text equivalent of the strip for screen readers. */
export function stripDescription(series: Omit<StripSeries, 'description'>): string {
  const placed = series.markers.map((m) => {
    const range = m.range ? ` (could accept ${points(m.range.min)}–${points(m.range.max)})` : '';
    return `${isolate(m.name)} at ${points(m.value)}${range}`;
  });
  const parts = [
    `${isolate(series.title)}, on a scale from 0 (${isolate(series.zero)}) to 100 (${isolate(series.hundred)}).`,
    placed.length ? `${listText(placed)}.` : '',
    series.silent.length
      ? `No stated position: ${listText(series.silent.map((s) => isolate(s.name)))}.`
      : '',
    series.caption,
  ];
  return parts.filter(Boolean).join(' ');
}
