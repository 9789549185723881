import type { Role } from '@/lib/auth/roles';
import { hasRole } from '@/lib/auth/roles';
import { REVIEW_NOTICES, type ReviewNotice } from '@/lib/review/body';
import {
  samePerson,
  type CellChange,
  type LatestChange,
  type ReviewEvent,
  type ReviewState,
} from '@/lib/review/state';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import { formatTime } from './changes';

export { REVIEW_STATE_WORDS };

/** One line of a cell's history: a coding (a revision that changed it) or a review event. */
export interface CellHistoryLine {
  /** Unique in the list. */
  key: string;
  kind: 'coding' | 'approve' | 'challenge' | 'comment' | 'answer';
  /** "Coded in revision 1", "Changed in revision 4", "Approved", "Challenged", "Answer". */
  title: string;
  who: string;
  /** ISO time, and in words ("16 May 2026, 09:00 UTC"). */
  time: string;
  when: string;
  /** The revision's reason, or the comment. */
  text?: string;
  /** For a coding: what changed, each "field: old → new". */
  changes: string[];
}

/** The review forms a signed-in person may use on the cell, with what they post. */
export interface CellReviewForms {
  action: string;
  cell: string;
  /** The dataset revision the page shows: a decision on it is refused once the cell changes. */
  revision: number;
  next: string;
  /** Approve: offered to reviewers; `refusal` says why not when they made the latest change. */
  approve?: { refusal?: string };
  challenge: boolean;
  /** The comment form's heading: "Answer the challenge" while challenged, else "Comment". */
  comment?: { label: string };
}

/** A cell's review section, ready to draw. */
export interface CellReviewView {
  /** Undefined when the cell has no position now (never coded, or removed). */
  state?: ReviewState;
  stateWords: string;
  /** "Revision 4 by cora@example.org, 16 May 2026, 09:00 UTC", the change the state is about. */
  about?: string;
  /** Oldest first. */
  history: CellHistoryLine[];
  forms?: CellReviewForms;
  /** Why no forms are shown, for a signed-in person (an old version, a what-if view, the role). */
  formsNote?: string;
  /** The outcome of the form just sent, in fixed words. */
  notice?: string;
  /** The cell's position editor, for a coder (and up) reading the latest version. */
  editHref?: string;
}

/** What the view-model reads: the store's record of the cell (lib/data/workspace/reviews.ts). */
export interface CellReviewInput {
  cell: string;
  changes: CellChange[];
  events: ReviewEvent[];
  state?: ReviewState;
  latest?: LatestChange;
}

/** Fields of a position a history line names when they change, in this order. */
const NAMED_FIELDS = ['status', 'value', 'acceptable', 'confidence', 'salience', 'label'] as const;

function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return `‘${value.length > 80 ? `${value.slice(0, 79)}…` : value}’`;
  if (typeof value === 'object' && 'min' in value && 'max' in value)
    return `${String((value as { min: unknown }).min)}–${String((value as { max: unknown }).max)}`;
  return String(value);
}

/** What a change did to a position, field by field ("value: 100 → 90"); other fields are named together. */
export function positionChangeLines(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  if (after === null) return ['position removed'];
  const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
  const lines: string[] = [];
  for (const field of NAMED_FIELDS)
    if (!same(a[field], b[field]))
      lines.push(
        before === null
          ? `${field}: ${fieldText(b[field])}`
          : `${field}: ${fieldText(a[field])} → ${fieldText(b[field])}`,
      );
  const ignored = new Set<string>(['party', 'issue', 'round', ...NAMED_FIELDS]);
  const others = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((f) => !ignored.has(f) && !same(a[f], b[f]))
    .sort();
  if (others.length)
    lines.push(`${before === null ? 'with' : 'also changed'}: ${others.join(', ')}`);
  return lines;
}

const EVENT_TITLES = {
  approve: 'Approved',
  challenge: 'Challenged',
  comment: 'Comment',
  answer: 'Answer to the challenge',
} as const;

/**
 * Every coding and review event of a cell, oldest first: a coding names its revision, who, when,
 * why and old → new; an event who, when and its text. A comment by someone other than the
 * challenger while the cell stood challenged (no change or approval since) reads as an answer.
 */
export function cellHistory(input: Pick<CellReviewInput, 'changes' | 'events'>): CellHistoryLine[] {
  type Item =
    | { at: string; order: number; change: CellChange }
    | { at: string; order: number; event: ReviewEvent };
  const items: Item[] = [
    ...input.changes.map((change, i) => ({ at: change.time, order: i, change })),
    ...input.events.map((event) => ({ at: event.time, order: event.id, event })),
  ];
  // By time; at the same instant a coding comes before the events about it.
  items.sort((x, y) =>
    x.at !== y.at
      ? x.at < y.at
        ? -1
        : 1
      : 'change' in x !== 'change' in y
        ? 'change' in x
          ? -1
          : 1
        : x.order - y.order,
  );
  const lines: CellHistoryLine[] = [];
  // Who challenged the coding now standing, while it stands challenged (a comment by anyone else answers it).
  let challenger: string | undefined;
  for (const item of items) {
    if ('change' in item) {
      const c = item.change;
      challenger = undefined;
      lines.push({
        key: `r${c.revision}`,
        kind: 'coding',
        title: `${c.before === null ? 'Coded' : c.after === null ? 'Removed' : 'Changed'} in revision ${c.revision}`,
        who: c.author,
        time: c.time,
        when: formatTime(c.time),
        text: c.reason,
        changes: positionChangeLines(c.before, c.after),
      });
      continue;
    }
    const e = item.event;
    const answers =
      e.kind === 'comment' && challenger !== undefined && !samePerson(challenger, e.author);
    if (e.kind === 'challenge') challenger = e.author;
    if (e.kind === 'approve') challenger = undefined;
    const kind = answers ? 'answer' : e.kind;
    lines.push({
      key: `e${e.id}`,
      kind,
      title: `${EVENT_TITLES[kind]}${e.kind === 'comment' ? '' : ` (revision ${e.revision})`}`,
      who: e.author,
      time: e.time,
      when: formatTime(e.time),
      ...(e.text ? { text: e.text } : {}),
      changes: [],
    });
  }
  return lines;
}

/** Who is reading the page, when signed in. */
export interface Reader {
  email: string;
  role: Role;
}

/** Where the forms post and come back to, and whether the view may be reviewed at all. */
export interface CellReviewContext {
  /** The review action, `/api/workspace/datasets/<id>/reviews`. */
  action: string;
  /** This page, for the forms to come back to. */
  next: string;
  /** The dataset revision the page shows. */
  revision: number;
  /** Why this view cannot be reviewed (an old version, a what-if view), when it cannot. */
  notReviewable?: string;
  reader?: Reader;
  notice?: ReviewNotice;
  /** The cell's position editor in the coding workspace. */
  editHref?: string;
}

/** A cell's review section: its state, its history and the forms the reader may use. */
export function cellReviewView(input: CellReviewInput, ctx: CellReviewContext): CellReviewView {
  const view: CellReviewView = {
    stateWords: input.state ? REVIEW_STATE_WORDS[input.state] : 'No position to review',
    history: cellHistory(input),
  };
  if (input.state) view.state = input.state;
  if (ctx.notice) view.notice = REVIEW_NOTICES[ctx.notice];
  const latest = input.latest;
  if (latest) {
    const change = input.changes.find((c) => c.revision === latest.revision);
    view.about = `revision ${latest.revision} by ${latest.author}${change ? `, ${formatTime(change.time)}` : ''}`;
  }
  const reader = ctx.reader;
  if (!reader || !latest) return view;
  if (!hasRole(reader.role, 'coder')) {
    view.formsNote = `Reviewing needs the coder role (to comment) or the reviewer role (to approve or challenge); you are ${reader.role}.`;
    return view;
  }
  if (ctx.notReviewable) {
    view.formsNote = ctx.notReviewable;
    return view;
  }
  if (ctx.editHref) view.editHref = ctx.editHref;
  const reviewer = hasRole(reader.role, 'reviewer');
  const forms: CellReviewForms = {
    action: ctx.action,
    cell: input.cell,
    revision: ctx.revision,
    next: ctx.next,
    challenge: reviewer,
    comment: { label: input.state === 'challenged' ? 'Answer the challenge' : 'Comment' },
  };
  if (reviewer)
    forms.approve = samePerson(latest.author, reader.email)
      ? {
          refusal: `You made the latest change (revision ${latest.revision}), so another reviewer must approve it.`,
        }
      : input.state === 'approved'
        ? { refusal: `Approved already: revision ${latest.revision} needs nothing more.` }
        : {};
  view.forms = forms;
  return view;
}
