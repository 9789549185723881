import {
  PART_MIN_WORDS,
  PART_OF,
  PARTS_COVER,
  SIMILAR_TEXT,
  SIMILAR_WITH_NUMBER,
  type PairingKind,
} from '@/lib/analysis';
import { points } from './numbers';

/** Reader's words for what happened to a clause, as a label on its own. */
export const PAIRING_WORDS: Record<PairingKind, string> = {
  kept: 'Kept',
  changed: 'Changed',
  split: 'Split',
  merged: 'Merged',
  dropped: 'Dropped',
  added: 'Added',
};

/** A share from 0 to 1 as whole per cent: "64%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A move on a scale with its sign: "+10", "−50" (a true minus sign), "0". */
export function signedPoints(delta: number): string {
  const shown = points(Math.abs(delta));
  if (shown === '0') return '0';
  return `${delta > 0 ? '+' : '−'}${shown}`;
}

/** How clauses are paired and issues measured, one paragraph each, with the rule's own numbers. */
export function redlineMethod(): string[] {
  return [
    `Clauses are paired in four passes. Clauses with the same words (typographic quotes, dashes and spacing aside) are kept, whatever their numbers. Then, best pair first, one clause is paired with one when they share at least ${percent(SIMILAR_TEXT)} of their words, or when they have the same number and share ${percent(SIMILAR_WITH_NUMBER)} of their words or an issue: changed. An old clause whose words are ${percent(PARTS_COVER)} covered by several new ones, each of at least ${PART_MIN_WORDS} words and ${percent(PART_OF)} taken from it, is split (and several old ones covering a new one are merged). What is left is dropped (old text only) or added (new text only).`,
    'Words in common: twice the words found in both texts, over the words of the two texts together. The word diff compares words, numbers and marks in reading order (right-to-left text included); typographic and plain quotation marks count as the same.',
    'A text’s value on an issue is the mean of the values its clauses give that issue, on the issue’s own 0–100 scale. A move is the new text’s value minus the old one’s: positive towards the 100 end, negative towards the 0 end. An issue only one text names has no move.',
  ];
}
