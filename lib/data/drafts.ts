import { randomBytes } from 'node:crypto';
import type { FieldError } from '@/lib/coding';

// A refused coding form is sent back (303) to its page with its entries and the validator's
// words. They are too long for an address and must not be writable by a link (a crafted link
// would make the page say anything), so they wait here, in this process's memory, under a random
// token that only the user who sent them can read, for a quarter of an hour.

/** Another revision that changed the cell since the form was loaded: who, when, why, and the value now. */
export interface ConflictView {
  revision: number;
  author: string;
  time: string;
  reason: string;
  before: unknown;
  after: unknown;
}

/** A refused form's entries (by field name), why it was refused, and whose it is. */
export interface Draft {
  email: string;
  dataset: string;
  fields: Record<string, string>;
  errors: FieldError[];
  conflicts: ConflictView[];
}

const KEEP_MS = 15 * 60 * 1000;
const MAX_DRAFTS = 500;

interface Kept extends Draft {
  until: number;
}

// Next bundles route handlers and pages apart, each with its own copy of this module.
const shared = globalThis as typeof globalThis & { __codingDrafts?: Map<string, Kept> };

function kept(): Map<string, Kept> {
  return (shared.__codingDrafts ??= new Map());
}

/** Keeps a draft and gives its token. */
export function keepDraft(draft: Draft, now = Date.now()): string {
  const drafts = kept();
  for (const [token, d] of drafts) if (d.until <= now) drafts.delete(token);
  while (drafts.size >= MAX_DRAFTS) drafts.delete(drafts.keys().next().value!);
  const token = randomBytes(16).toString('base64url');
  drafts.set(token, { ...draft, until: now + KEEP_MS });
  return token;
}

/** The draft under a token, for this user and dataset only; undefined when gone (expired, another process, another user). */
export function draftOf(
  token: string | undefined,
  email: string,
  dataset: string,
  now = Date.now(),
): Draft | undefined {
  if (!token) return undefined;
  const d = kept().get(token);
  if (!d || d.until <= now || d.email !== email || d.dataset !== dataset) return undefined;
  const { until: _until, ...draft } = d;
  void _until;
  return draft;
}
