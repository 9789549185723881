import { z } from 'zod';
import {
  fieldsOfItem,
  isCodingPart,
  PART_WORDS,
  REMOVE_FIELD,
  type CodingPart,
  type FieldError,
} from '@/lib/coding';
import { codingItemHref, workspaceDatasetHref } from '@/lib/url/routes';
import {
  APP_ACCESS,
  jsonAnswer,
  readBody,
  refusal,
  requireRole,
  seeOther,
  type AccessContext,
} from './access';
import { conflictViews, keepDraftIn, type ConflictView } from './drafts';
import { parseVersion } from './workspace/hash';
import { keyed } from './workspace/parts';

// Removing one item of a workspace dataset (docs/workspace-coding.md): a revision like any save,
// so /changes keeps what was removed and an earlier version still shows it. The validator refuses
// a removal that would leave the dataset broken (a party that still has positions, a source still
// quoted), naming what still needs it.

/** `{ key, baseRevision, reason?, confirm: true }`: the item's key, the revision the page showed, and a ticked box. */
const removeBody = z.strictObject({
  key: z.string({ error: 'must be the key of the item' }).min(1).max(400),
  baseRevision: z.coerce
    .number({ error: 'must be the revision number the page was loaded at' })
    .int({ error: 'must be the revision number the page was loaded at' })
    .min(1, { error: 'must be the revision number the page was loaded at' }),
  reason: z.string({ error: 'must be text' }).max(2000).optional(),
  confirm: z.literal(true, { error: 'tick the box to say you mean to remove it' }),
});

/**
 * POST /api/workspace/datasets/<dataset>/<part>/remove (coder and above): removes the item with
 * `key` as the next revision, authored by the signed-in user. 200 with the revision; 400 for a
 * malformed body (or an unticked box); 404 for no such dataset, part or item; 409 when another
 * revision changed the item since the base; 422 when the dataset without it does not validate.
 * A form is answered 303: to the coding home, or back to the item's page with why (kept as a
 * draft; when the draft cannot be kept, the refusal in plain text instead).
 */
export async function removeItemRoute(
  request: Request,
  datasetId: string,
  partName: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const coder = await requireRole(request, 'coder', ctx);
  if (coder instanceof Response) return coder;
  if (!isCodingPart(partName))
    return jsonAnswer({ error: `No such part "${partName}" of a dataset.` }, 404);
  const part: CodingPart = partName;
  const { workspace } = ctx.stores();
  const head = await workspace.get(datasetId);
  if (!head) return jsonAnswer({ error: `The workspace has no dataset "${datasetId}".` }, 404);
  const read = await readBody(request, removeBody, ['confirm']);
  const revision = parseVersion(head.version)?.revision ?? 0;
  const current = await workspace.stateAt(datasetId, revision);
  const key = read.ok ? read.value.key : undefined;
  const existing = key !== undefined && current ? keyed(current.state, part).get(key) : undefined;

  const sentence = (status: number, e: FieldError) =>
    status === 422
      ? `the ${PART_WORDS[part].one} cannot be removed, the dataset would be invalid: ${e.path}: ${e.message}`
      : status === 400
        ? `${e.path} ${e.message}`
        : e.message;
  const refuse = async (status: number, errors: FieldError[], conflicts: ConflictView[] = []) => {
    const first = errors[0];
    const words = `Refused: ${first ? sentence(status, first) : 'the removal'}. Nothing was changed.`;
    if (read.form && existing && key !== undefined) {
      const value = existing.value as Record<string, unknown>;
      const fields =
        part === 'sources'
          ? {
              ...fieldsOfItem(value.source as Record<string, unknown>),
              text: String(value.text ?? ''),
            }
          : fieldsOfItem(value);
      const token = await keepDraftIn(ctx, {
        email: coder.email,
        dataset: datasetId,
        fields: { ...fields, baseRevision: String(revision) },
        errors,
        conflicts,
      });
      if (token)
        return seeOther(`${codingItemHref(datasetId, part, key, { draft: token })}#remove-heading`);
      // The draft could not be kept (the workspace database did not take it): say why plainly.
      return refusal(request, status, words);
    }
    return jsonAnswer(
      {
        error: words,
        problems: errors,
        ...(conflicts.length ? { conflicts } : {}),
      },
      status,
    );
  };

  if (!read.ok)
    return refuse(
      read.status,
      read.problems.map((p) => ({ field: REMOVE_FIELD, path: p.path, message: p.message })),
    );
  if (!existing || key === undefined)
    return jsonAnswer(
      {
        error: `There is no ${PART_WORDS[part].one} "${read.value.key}" to remove in "${datasetId}".`,
      },
      404,
    );
  const result = await workspace.save(datasetId, [{ part, key, after: null }], {
    baseRevision: read.value.baseRevision,
    author: coder.email,
    reason: read.value.reason?.trim() || `removed ${PART_WORDS[part].one} ${key}`,
  });
  if (result.ok)
    return read.form
      ? seeOther(`${workspaceDatasetHref(datasetId)}?saved=${result.revision}&removed=${part}`)
      : jsonAnswer(
          { revision: result.revision, version: result.version, removed: { part, key } },
          200,
        );
  if (result.conflicts.length)
    return refuse(
      409,
      [
        {
          field: REMOVE_FIELD,
          path: '',
          message: `another revision changed this ${PART_WORDS[part].one} after you opened it`,
        },
      ],
      conflictViews(result.conflicts),
    );
  return refuse(
    422,
    result.problems.map((p) => ({
      field: REMOVE_FIELD,
      path: p.path,
      message: p.message,
    })),
  );
}
