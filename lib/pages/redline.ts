import {
  SIMILAR_TEXT,
  SIMILAR_WITH_NUMBER,
  redlineOf,
  redlineSummary,
  type DiffPart,
  type IssueMove,
  type IssueStand,
  type PairingKind,
  type Redline,
  type RedlineLine,
} from '@/lib/analysis';
import { scaleEndOwner } from '@/lib/analysis/orientation';
import type { Clause, Dataset, Issue, Party } from '@/lib/model';
import { count, points } from '@/lib/wording/numbers';
import { PAIRING_WORDS, percent, signedPoints } from '@/lib/wording/redline';
import { isolate, listText } from '@/lib/wording/text';

/** Lines of the redline on one printed page. */
export const LINES_PER_PAGE = 10;

/**
 * How the moves are worded. A view oriented to a party (`?orient=`) reaches here with its
 * issues already flipped (lib/analysis/orientation), titles marked, so nothing flips here.
 */
export interface RedlineOptions {
  /** The party whose aim an end of an issue's scale is; redlineView takes it from the scales. */
  endOwner?: (issue: Issue, end: 'zero' | 'hundred') => Party | undefined;
}

/** One issue's move, as the redline shows it beside a line and in the summary. */
export interface MoveView {
  issue: string;
  title: string;
  /** The move on the scale as shown; undefined when one-sided. */
  delta?: number;
  /** "55 → 65 (+10, towards “All outflow is released downstream”)". */
  text: string;
  /** The end moved towards, in words or as the party whose aim it is; undefined without a move. */
  towards?: string;
  /** The id of the party whose aim that end is, where the dataset says. */
  towardsParty?: string;
}

/** One side of a line: its clause numbers, titles and text. */
export interface LineSide {
  numbers: string;
  titles: string[];
  text: string;
}

/** One line of the redline, ready to draw. */
export interface RedlineRowView {
  /** 1-based place in the redline, and the line's anchor id. */
  position: number;
  anchor: string;
  kind: PairingKind;
  label: string;
  before?: LineSide;
  after?: LineSide;
  /** The old text against the new, word by word (changed, split and merged lines). */
  diff?: DiffPart[];
  /** "Renumbered 11 → 10", for a line whose numbers differ. */
  renumbered?: string;
  /** Words in common (0-1, and "64% of words in common"), for paired lines not word for word the same. */
  similarity?: { share: number; text: string };
  moves: MoveView[];
}

/** The redline of two proposals, ready to draw. */
export interface RedlineView {
  a: Party;
  b: Party;
  rows: RedlineRowView[];
  /** The rows cut into printed pages of LINES_PER_PAGE. */
  pages: RedlineRowView[][];
  summary: {
    /** Every number in these sentences is counted from the lines and clause values. */
    sentences: string[];
    counts: { kind: PairingKind; label: string; value: number }[];
    /** The issues both texts name, in dataset order, with their moves. */
    issues: MoveView[];
  };
}

const sideOf = (clauses: readonly Clause[]): LineSide | undefined =>
  clauses.length
    ? {
        numbers: clauses.map((c) => c.number).join(' + '),
        titles: clauses.flatMap((c) => (c.title ? [c.title] : [])),
        text: clauses.map((c) => c.text).join(' '),
      }
    : undefined;

function standText(stand: IssueStand): string {
  if (stand.value === undefined) return '';
  const shown = points(stand.value);
  return stand.spread ? `${shown} (mean of ${stand.clauses})` : shown;
}

/** An issue's move in words. */
export function moveView(move: IssueMove, issue: Issue, options: RedlineOptions = {}): MoveView {
  const base = { issue: issue.id, title: issue.title };
  const from = standText(move.from);
  const to = standText(move.to);
  if (move.delta === undefined)
    return {
      ...base,
      text: move.to.value === undefined ? `${from} → not named` : `not named → ${to}`,
    };
  const delta = move.delta;
  if (points(Math.abs(delta)) === '0')
    return { ...base, delta: 0, text: `${from} → ${to} (no move)` };
  const end = move.delta > 0 ? 'hundred' : 'zero';
  const owner = options.endOwner?.(issue, end);
  const towards = owner
    ? `towards ${isolate(owner.name)}’s end`
    : `towards “${isolate(end === 'hundred' ? issue.scale.hundred : issue.scale.zero)}”`;
  const text = `${from} → ${to} (${signedPoints(delta)}, ${towards})`;
  return { ...base, delta, towards, text, ...(owner ? { towardsParty: owner.id } : {}) };
}

const oneWithOne = (line: RedlineLine) => line.kind === 'kept' || line.kind === 'changed';

function rowView(
  line: RedlineLine,
  index: number,
  issues: ReadonlyMap<string, Issue>,
  options: RedlineOptions,
): RedlineRowView {
  const before = sideOf(line.before);
  const after = sideOf(line.after);
  const row: RedlineRowView = {
    position: index + 1,
    anchor: `line-${index + 1}`,
    kind: line.kind,
    label: PAIRING_WORDS[line.kind],
    moves: line.moves.flatMap((m) => {
      const issue = issues.get(m.issue);
      return issue ? [moveView(m, issue, options)] : [];
    }),
  };
  if (before) row.before = before;
  if (after) row.after = after;
  if (line.diff) row.diff = line.diff;
  if (oneWithOne(line) && before && after && before.numbers !== after.numbers)
    row.renumbered = `Renumbered ${before.numbers} → ${after.numbers}`;
  if (line.similarity !== undefined && line.kind !== 'kept') {
    // A pair with few words in common was paired by its number (and, below that, an issue).
    const why =
      line.kind !== 'changed' || line.similarity >= SIMILAR_TEXT
        ? ''
        : line.similarity >= SIMILAR_WITH_NUMBER
          ? '; paired by number'
          : '; paired by number and issue';
    row.similarity = {
      share: line.similarity,
      text: `${percent(line.similarity)} of words in common${why}`,
    };
  }
  return row;
}

/** The summary's sentences: what the new text does to the old one's clauses and to the issues. */
export function summarySentences(
  redline: Redline,
  issues: ReadonlyMap<string, Issue>,
  options: RedlineOptions = {},
): string[] {
  const s = redlineSummary(redline);
  const { counts } = s;
  const splitInto = redline.lines
    .filter((l) => l.kind === 'split')
    .reduce((n, l) => n + l.b.length, 0);
  const mergedFrom = redline.lines
    .filter((l) => l.kind === 'merged')
    .reduce((n, l) => n + l.a.length, 0);
  const acts = [
    counts.kept ? `keeps ${counts.kept}` : '',
    counts.changed ? `rewrites ${counts.changed}` : '',
    counts.split ? `splits ${counts.split} into ${splitInto}` : '',
    counts.merged ? `merges ${mergedFrom} into ${counts.merged}` : '',
    counts.dropped ? `drops ${counts.dropped}` : '',
    counts.added ? `adds ${count(counts.added, 'new point')}` : '',
  ].filter(Boolean);
  const b = isolate(redline.b.name);
  const a = isolate(redline.a.name);
  const out = [
    `${b} against ${a}: of ${count(s.clauses.a, 'point')}, it ${listText(acts)} (${count(s.clauses.b, 'point')} in all).`,
  ];
  const title = (m: IssueMove) => isolate(issues.get(m.issue)?.title ?? m.issue);
  if (s.both.length === 0)
    out.push('The two texts name no issue in common, so no move is measured.');
  else {
    const views = s.moved.flatMap((m) => {
      const issue = issues.get(m.issue);
      return issue ? [moveView(m, issue, options)] : [];
    });
    const moving = views.filter((v) => v.delta !== 0);
    const of =
      moving.length < s.both.length
        ? `${moving.length} of the ${count(s.both.length, 'issue')} both texts name`
        : moving.length === 1
          ? 'the one issue both texts name'
          : `all ${count(s.both.length, 'issue')} both texts name`;
    if (moving.length === 0)
      out.push(`On the ${count(s.both.length, 'issue')} both texts name, it moves none.`);
    else {
      const largest = moving[0]!;
      // Where every end moved towards is some party's aim, say whose, and on how many issues.
      const byEnd = new Map<string, number>();
      for (const v of moving) byEnd.set(v.towards ?? '', (byEnd.get(v.towards ?? '') ?? 0) + 1);
      const ends = moving.every((v) => v.towardsParty)
        ? `: ${[...byEnd].map(([towards, n]) => `${towards} on ${n}`).join(', ')}`
        : '';
      out.push(
        `It moves ${of}${ends}; most on ${isolate(largest.title)} (${signedPoints(largest.delta!)}, ${largest.towards}).`,
      );
    }
  }
  if (s.onlyA.length) out.push(`Only ${a} names ${listText(s.onlyA.map(title))}.`);
  if (s.onlyB.length) out.push(`Only ${b} names ${listText(s.onlyB.map(title))}.`);
  return out;
}

/**
 * The redline of proposal `b` against proposal `a`, ready to draw: its lines (cut into printed
 * pages), the counts and the summary sentences. Undefined when either has no clauses.
 */
export function redlineView(
  dataset: Dataset,
  a: Party,
  b: Party,
  options: RedlineOptions = {},
): RedlineView | undefined {
  const redline = redlineOf(dataset, a, b);
  if (!redline) return undefined;
  options = { endOwner: scaleEndOwner(dataset), ...options };
  const issues = new Map(dataset.issues.map((i) => [i.id, i] as const));
  const rows = redline.lines.map((line, i) => rowView(line, i, issues, options));
  const pages: RedlineRowView[][] = [];
  for (let i = 0; i < rows.length; i += LINES_PER_PAGE)
    pages.push(rows.slice(i, i + LINES_PER_PAGE));
  const kinds: PairingKind[] = ['kept', 'changed', 'split', 'merged', 'dropped', 'added'];
  return {
    a,
    b,
    rows,
    pages,
    summary: {
      sentences: summarySentences(redline, issues, options),
      counts: kinds.map((kind) => ({
        kind,
        label: PAIRING_WORDS[kind],
        value: redline.counts[kind],
      })),
      issues: redlineSummary(redline).both.flatMap((m) => {
        const issue = issues.get(m.issue);
        return issue ? [moveView(m, issue, options)] : [];
      }),
    },
  };
}

/** Columns of the redline CSV: one row per line. */
export const REDLINE_CSV_COLUMNS = [
  'line',
  'status',
  'old_number',
  'new_number',
  'old_title',
  'new_title',
  'old_text',
  'new_text',
  'changes',
  'words_in_common',
  'issues_moved',
] as const;

/** A diff as plain text: [-removed-] and {+added+}, the rest as it is. */
export function diffText(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`,
    )
    .join('');
}

/** Text without the direction isolates that keep names apart on a page (a spreadsheet shows them). */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The redline's rows for its CSV, in REDLINE_CSV_COLUMNS order (words_in_common as a share, 0-1). */
export function redlineCsvRows(view: RedlineView): (string | number | undefined)[][] {
  return view.rows.map((row) => [
    row.position,
    row.kind,
    row.before?.numbers,
    row.after?.numbers,
    row.before?.titles.join('; ') || undefined,
    row.after?.titles.join('; ') || undefined,
    row.before?.text,
    row.after?.text,
    row.diff ? diffText(row.diff) : undefined,
    row.similarity === undefined ? undefined : Math.round(row.similarity.share * 100) / 100,
    plain(row.moves.map((m) => `${m.title}: ${m.text}`).join('; ')) || undefined,
  ]);
}

/** The file name of a redline's CSV: "veloria-redline-draft-framework-counter-proposal.csv". */
export function redlineCsvFilename(dataset: Pick<Dataset, 'id'>, a: string, b: string): string {
  return `${dataset.id}-redline-${a}-${b}.csv`;
}
