import { formErrorOf, formErrorWords, FORM_ERRORS, type FormError } from '@/lib/auth/notices';
import { ROLE_WORDS, ROLES, type Role } from '@/lib/auth/roles';
import { formatTime } from './changes';
import type { AuditAction } from '@/lib/data/workspace/audit';

/** One row of the audit log as the page shows it. */
export interface AuditLine {
  id: number;
  time: string;
  when: string;
  what: string;
  who: string;
  subject: string;
  address: string;
  details: string;
}

/** The audit log's entries as the page shows them: one for each AuditAction (lib/data/workspace/audit.ts). */
const ACTION_WORDS: Record<AuditAction, string> = {
  signin: 'Signed in',
  'signin.failed': 'Sign-in failed',
  'signin.limited': 'Sign-in refused: too many failures',
  signout: 'Signed out',
  'user.created': 'User added',
  'user.role': 'Role changed',
  'user.disabled': 'User disabled',
  'user.enabled': 'User enabled',
  'user.removed': 'User removed',
  'user.password': 'Password set',
  'review.approved': 'Cell approved',
  'review.challenged': 'Cell challenged',
  'review.commented': 'Comment on a cell',
};

/** An audit row's details in words: "coder → reviewer", "wrong password", "account, wait 600 s". */
function detailWords(action: string, detail: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  if (action === 'user.role') return `${text(detail.from)} → ${text(detail.to)}`;
  if (action === 'user.created' || action === 'user.removed') return `role ${text(detail.role)}`;
  if (action === 'signin.failed') return text(detail.why);
  if (action.startsWith('review.') && detail.revision !== undefined)
    return `revision ${text(detail.revision)}`;
  if (action === 'signin.limited')
    return `${detail.scope === 'address' ? 'this address' : 'this account'}: ${text(detail.retryAfterSeconds)} s to wait`;
  return '';
}

/** The audit page's rows, from the store's rows (already newest first). */
export function auditLines(
  rows: readonly {
    id: number;
    at: string;
    action: string;
    actor: string | null;
    subject: string | null;
    address: string | null;
    detail: Record<string, unknown>;
  }[],
): AuditLine[] {
  return rows.map((r) => ({
    id: r.id,
    time: r.at,
    when: formatTime(r.at),
    what: ACTION_WORDS[r.action as AuditAction] ?? r.action,
    who: r.actor ?? '—',
    subject: r.subject ?? '—',
    address: r.address ?? '—',
    details: detailWords(r.action, r.detail),
  }));
}

/** The pager of the audit log: which page this is, of how many, and the neighbours (undefined at the ends). */
export interface AuditPager {
  page: number;
  pages: number;
  previous?: number;
  next?: number;
  first: number;
  last: number;
  total: number;
}

/** The page asked for in `?page=` (1 when absent or not a whole number from 1). */
export function pageParam(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  const n = Number(text);
  return text !== undefined && Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1;
}

/** Where a page of `size` rows sits among `total` rows. */
export function auditPager(page: number, total: number, size: number): AuditPager {
  const pages = Math.max(1, Math.ceil(total / size));
  return {
    page,
    pages,
    previous: page > 1 ? Math.min(page - 1, pages) : undefined,
    next: page < pages ? page + 1 : undefined,
    first: total === 0 ? 0 : Math.min((page - 1) * size + 1, total + 1),
    last: Math.min(page * size, total),
    total,
  };
}

/** A refusal to show beside a form's field: its field ('' for the form) and words. */
export interface FormNotice {
  field: string;
  words: string;
}

/** The refusal named by a page's `?error=` (and `?retry=`), or undefined. */
export function formNotice(
  error: string | string[] | undefined,
  retry?: string | string[],
): FormNotice | undefined {
  const code: FormError | undefined = formErrorOf(error);
  return code ? { field: FORM_ERRORS[code].field, words: formErrorWords(code, retry) } : undefined;
}

/** What was just done on the users page (`?done=`), in words, for the user it names. */
export function userDoneWords(
  done: string | string[] | undefined,
  email: string | undefined,
): string | undefined {
  const code = Array.isArray(done) ? done[0] : done;
  if (!email) return undefined;
  switch (code) {
    case 'added':
      return `Added ${email}.`;
    case 'role':
      return `Changed the role of ${email}.`;
    case 'disabled':
      return `Disabled ${email}: their sessions have ended.`;
    case 'enabled':
      return `Enabled ${email}.`;
  }
  return undefined;
}

/** The roles with what each may do, for the role pickers and the workspace page. */
export function roleChoices(): { role: Role; words: string }[] {
  return ROLES.map((role) => ({ role, words: ROLE_WORDS[role] }));
}

/** The first value of a query parameter, or undefined. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
