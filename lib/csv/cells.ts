import {
  approximateDateSchema,
  type Attribution,
  type Condition,
  type Confidence,
} from '@/lib/model';
import { shown } from './problems';

/** A cell read into a value, or the message saying why it cannot be. */
export type CellResult<T> = { ok: true; value: T | undefined } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number from 0 to 100; empty gives undefined. */
export function scaleCell(text: string): CellResult<number> {
  if (text === '') return { ok: true, value: undefined };
  const n = NUMBER.test(text) ? Number(text) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 100
    ? { ok: true, value: n }
    : { ok: false, message: `${shown(text)} is not a number from 0 to 100` };
}

/** A whole number from 1 to 5; empty gives undefined. */
export function salienceCell(text: string): CellResult<number> {
  if (text === '') return { ok: true, value: undefined };
  const n = NUMBER.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 5
    ? { ok: true, value: n }
    : { ok: false, message: `${shown(text)} is not a whole number from 1 to 5` };
}

function oneOf<T extends string>(text: string, allowed: readonly T[], what: string): CellResult<T> {
  if (text === '') return { ok: true, value: undefined };
  const key = text.toLowerCase().replace(/[\s_]+/g, '-');
  return (allowed as readonly string[]).includes(key)
    ? { ok: true, value: key as T }
    : { ok: false, message: `${shown(text)} is not ${what}` };
}

/** high, medium or low (any case). */
export function confidenceCell(text: string): CellResult<Confidence> {
  return oneOf(text, ['high', 'medium', 'low'] as const, 'high, medium or low');
}

/** The status words a spreadsheet may use, as the pages show them, in any case. */
const STATUS_WORDS = new Map<string, 'stated' | 'inferred' | 'withdrawn' | 'none'>([
  ['stated', 'stated'],
  ['inferred', 'inferred'],
  ['withdrawn', 'withdrawn'],
  ['none', 'none'],
  ['no stated position', 'none'],
  ['not stated', 'none'],
  ['no position', 'none'],
]);

/**
 * stated, inferred, withdrawn or none, in the words the pages use ("Stated", "Withdrawn", "No
 * stated position", "Not stated", "None"), in any case. "Not coded" is refused: a cell nobody
 * coded has no row.
 */
export function statusCell(text: string): CellResult<'stated' | 'inferred' | 'withdrawn' | 'none'> {
  if (text === '')
    return { ok: false, message: 'is empty; write stated, inferred, withdrawn or none' };
  const key = text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  const status = STATUS_WORDS.get(key);
  if (status) return { ok: true, value: status };
  if (key === 'not coded')
    return {
      ok: false,
      message:
        "'Not coded' is what the pages show for a cell with no row: leave this row out (or write none if you checked and the source is silent)",
    };
  return {
    ok: false,
    message: `${shown(text)} is not stated, inferred, withdrawn or none (also read: "No stated position", "Not stated")`,
  };
}

/** A list cell: items separated by ";" (or new lines), trimmed, empty items dropped. */
export function listCell(text: string): string[] {
  return text
    .split(/[;\r\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A date known to the year, month or day: YYYY, YYYY-MM or YYYY-MM-DD; empty gives undefined. */
export function approximateDateCell(text: string): CellResult<string> {
  if (text === '') return { ok: true, value: undefined };
  return approximateDateSchema.safeParse(text).success
    ? { ok: true, value: text }
    : { ok: false, message: `${shown(text)} is not a date written as YYYY, YYYY-MM or YYYY-MM-DD` };
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** yes or no (also true/false, y/n, 1/0, in any case); empty gives undefined. */
export function yesNoCell(text: string): CellResult<boolean> {
  if (text === '') return { ok: true, value: undefined };
  const key = text.toLowerCase();
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return { ok: false, message: `${shown(text)} is not yes or no` };
}

/** own-words or reported ("own words" accepted). */
export function attributionCell(text: string): CellResult<Attribution> {
  return oneOf(text, ['own-words', 'reported'] as const, 'own-words or reported');
}

const TIED = /^\[([^\]]+)\]\s*(.*)$/s;

/** Conditions, one a line; "[issue] text" ties a condition to an issue (given by id or name). */
export function conditionsCell(
  text: string,
  findIssue: (ref: string) => string | undefined,
): { conditions: Condition[]; unknown: string[] } {
  const conditions: Condition[] = [];
  const unknown: string[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const tied = TIED.exec(line);
    if (!tied) {
      conditions.push({ text: line });
      continue;
    }
    const issue = findIssue(tied[1] ?? '');
    if (issue === undefined) unknown.push(tied[1] ?? '');
    conditions.push({ text: tied[2] ?? '', issue: issue ?? tied[1] ?? '' });
  }
  return { conditions, unknown };
}

/** A source's title: its first non-empty line, without markdown heading marks. */
export function titleFromText(text: string): string | undefined {
  const line = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/^\s*#+\s*/, '')
        .replace(/\s*#+\s*$/, '')
        .trim(),
    )
    .find((l) => l !== '');
  return line;
}
