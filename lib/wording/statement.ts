import { AGREEMENT_THRESHOLD, type ContestedReadings } from '@/lib/analysis';
import type { StatementEvidence } from '@/lib/model';
import { formatDate } from './dates';
import { count, points } from './numbers';
import { isolate } from './text';

/** What a cell says when its sources disagree (see contestedReadings). */
export const CONTESTED_WORDS = 'sources disagree';

/** The contested rule in words, for the method page and slide. */
export const CONTESTED_RULE = `A cell says “${CONTESTED_WORDS}” when one of its quotes, read on its own, supports a value more than ${AGREEMENT_THRESHOLD} points from the cell’s coded value (exactly ${AGREEMENT_THRESHOLD} away does not count); the range shown spans the readings of all its quotes, a quote without a reading counting at the coded value.`;

/** When a quote was said, for a sentence: "on 12 February 2025", "in February 2025", "in 2025". */
function whenText(date: string): string {
  return `${date.length === 10 ? 'on' : 'in'} ${formatDate(date)}`;
}

/**
 * The statement date of a quote, when it is not the date of the round it is coded in: the quote
 * was said before (or after) the round, and a reader must not take it for the round's words.
 */
export function statementDate(evidence: StatementEvidence, roundDate: string): string | undefined {
  return evidence.date !== undefined && evidence.date !== roundDate ? evidence.date : undefined;
}

/**
 * Who said a quote and when, in words, where that adds to the round: "said by Pete Hegseth, US
 * Defense Secretary, on 12 February 2025 (date inferred)", "said by …", "said in May 2025".
 * Undefined for a quote with no speaker whose date (if any) is the round's. The speaker is
 * isolated (FSI … PDI), so a name in another script keeps to itself.
 */
export function statementText(evidence: StatementEvidence, roundDate: string): string | undefined {
  const date = statementDate(evidence, roundDate);
  const by = evidence.speaker ? ` by ${isolate(evidence.speaker)}` : '';
  if (!by && date === undefined) return undefined;
  if (date === undefined) return `said${by}`;
  const comma = by ? ',' : '';
  return `said${by}${comma} ${whenText(date)}${evidence.dateInferred ? ' (date inferred)' : ''}`;
}

/** The spread of readings: "readings 20–80 of 100", or "readings all 70 of 100". */
export function readingRangeText(contested: Pick<ContestedReadings, 'min' | 'max'>): string {
  const min = points(contested.min);
  const max = points(contested.max);
  return min === max ? `readings all ${min} of 100` : `readings ${min}–${max} of 100`;
}

/** "sources disagree on Russia's value (readings 10–40 of 100)": one side of a ranked pair. */
export function contestedSideText(partyName: string, contested: ContestedReadings): string {
  return `${CONTESTED_WORDS} on ${isolate(partyName)}'s value (${readingRangeText(contested)})`;
}

/**
 * What a ranked pair rests on when either side's sources disagree, one clause a side joined by
 * "; ", or undefined when neither does. `contested` is contestedCells of the snapshot ranked.
 */
export function contestedPairText(
  contested: ReadonlyMap<string, ReadonlyMap<string, ContestedReadings>>,
  pair: { issue: string; a: string; b: string },
  name: (party: string) => string,
): string | undefined {
  const cells = contested.get(pair.issue);
  const sides = [pair.a, pair.b].flatMap((party) => {
    const c = cells?.get(party);
    return c ? [contestedSideText(name(party), c)] : [];
  });
  return sides.length ? sides.join('; ') : undefined;
}

/** "sources disagree: readings 20–80 of 100", for a contested cell where its value is shown beside. */
export function contestedShortText(contested: Pick<ContestedReadings, 'min' | 'max'>): string {
  return `${CONTESTED_WORDS}: ${readingRangeText(contested)}`;
}

/** "sources disagree: readings 20–80 of 100 (coded 50)", for a contested cell. */
export function contestedText(contested: ContestedReadings): string {
  return `${CONTESTED_WORDS}: ${readingRangeText(contested)} (coded ${points(contested.value)})`;
}

/** What one quote supports on the scale: "reads 20 of 100", or "reads as the coded value (50)". */
export function quoteReadingText(reading: number | undefined, value: number): string {
  return reading === undefined
    ? `reads as the coded value (${points(value)})`
    : `reads ${points(reading)} of 100`;
}

/** "+2 more speakers or dates", for those a matrix cell leaves to the evidence page. */
export function moreSaidText(more: number): string {
  return `+${count(more, 'more speaker or date', 'more speakers or dates')}`;
}

/** "+2 more quotes" for the quotes a slide or cell leaves out. */
export function moreQuotesText(more: number): string {
  return `+${count(more, 'more quote')}`;
}
