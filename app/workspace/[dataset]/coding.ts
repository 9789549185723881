import { notFound } from 'next/navigation';
import { hasRole } from '@/lib/auth/roles';
import type { FieldError } from '@/lib/coding';
import { workspaceStore } from '@/lib/data';
import { APP_ACCESS } from '@/lib/data/access';
import { draftIn } from '@/lib/data/drafts';
import type { SessionUser } from '@/lib/data/workspace';
import type { Dataset } from '@/lib/model';
import { conflictView, type ConflictView } from '@/lib/pages/coding';
import { firstParam } from '@/lib/pages/access';
import { signedInOrRedirect } from '../pageSession';

/** What every coding page reads first: the coder, the workspace dataset now and its revision. */
export interface CodingContext {
  session: SessionUser;
  datasetId: string;
  dataset: Dataset;
  sourceTexts: ReadonlyMap<string, string>;
  revision: number;
  version: string;
  /** False for a viewer: the page says so instead of showing a form. */
  mayCode: boolean;
}

/** The signed-in user (else to /signin, back to `path`) and the workspace dataset (else 404). */
export async function codingContext(datasetId: string, path: string): Promise<CodingContext> {
  const session = await signedInOrRedirect(path);
  const entry = await workspaceStore().get(datasetId);
  if (!entry?.dataset) notFound();
  const revision = Number(/^r(\d+)/.exec(entry.version)?.[1] ?? 0);
  return {
    session,
    datasetId,
    dataset: entry.dataset,
    sourceTexts: entry.sourceTexts,
    revision,
    version: entry.version,
    mayCode: hasRole(session.user.role, 'coder'),
  };
}

/** A form's state: its entries (a refused draft's, else the item's), its errors and conflicts, and the base revision to send. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
  conflicts: ConflictView[];
  baseRevision: number;
  /** A draft was asked for but there is none to show (expired, pushed out by later ones, not this user's, unreadable). */
  lost: boolean;
}

/**
 * The state of a coding form from `?draft=`: the refused entries and why, with the revision they
 * were based on (after a conflict, the current one: the coder has seen the other change).
 */
export async function formState(
  ctx: CodingContext,
  query: Record<string, string | string[] | undefined>,
  stored: Record<string, string>,
): Promise<FormState> {
  const token = firstParam(query.draft);
  const draft = await draftIn(APP_ACCESS, token, ctx.session.user.email, ctx.datasetId);
  if (!draft)
    return {
      values: stored,
      errors: [],
      conflicts: [],
      baseRevision: ctx.revision,
      lost: token !== undefined,
    };
  const drafted = Number(draft.fields.baseRevision);
  return {
    values: draft.fields,
    errors: draft.errors,
    conflicts: draft.conflicts.map(conflictView),
    baseRevision:
      draft.conflicts.length || !Number.isInteger(drafted) || drafted < 1 ? ctx.revision : drafted,
    lost: false,
  };
}
