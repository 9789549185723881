import { hasRole } from '@/lib/auth/roles';
import { reviewBody, type ReviewNotice } from '@/lib/review/body';
import { isDecision } from '@/lib/review/state';
import { evidenceHref } from '@/lib/url/routes';
import {
  APP_ACCESS,
  badBody,
  jsonAnswer,
  refusal,
  readBody,
  requestAddress,
  requireRole,
  seeOther,
  type AccessContext,
} from './access';
import { recordReview } from './workspace/reviews';

/** The parameter a review form's answer names its outcome with (lib/review/body REVIEW_NOTICES). */
export const REVIEW_NOTICE_PARAM = 'review-notice';

/** The cell's evidence page, as the default page a review form goes back to. */
function cellPage(datasetId: string, cell: string): string {
  const [party = '', issue = '', round = ''] = cell.split('/');
  return evidenceHref(datasetId, issue, party, `?round=${encodeURIComponent(round)}`);
}

/** `path` with the outcome code added to its query and the review section's anchor. */
function withNotice(path: string, notice: ReviewNotice): string {
  const hashAt = path.indexOf('#');
  const bare = hashAt === -1 ? path : path.slice(0, hashAt);
  const queryAt = bare.indexOf('?');
  const params = new URLSearchParams(queryAt === -1 ? '' : bare.slice(queryAt));
  params.set(REVIEW_NOTICE_PARAM, notice);
  const base = queryAt === -1 ? bare : bare.slice(0, queryAt);
  return `${base}?${params.toString().replace(/%2C/g, ',')}#review`;
}

/**
 * POST /api/workspace/datasets/<id>/reviews: records an approval or a challenge (reviewer and
 * up) or a comment or answer (coder and up) on one position cell, through the workspace guard
 * (origin, session, role, strict body). JSON: 201 `{ event, state }`; 400, 401, 403 (the role,
 * or approving one's own coding), 404 (no such dataset or position), 409 (the cell changed after
 * the revision the request names, with the newer one). A form is answered 303 to its page with
 * an outcome code.
 */
export async function reviewRoute(
  request: Request,
  datasetId: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const user = await requireRole(request, 'coder', ctx);
  if (user instanceof Response) return user;
  const read = await readBody(request, reviewBody);
  if (!read.ok) {
    if (!read.form) return badBody(read);
    const field = read.problems[0]?.path;
    return seeOther(withNotice(workspaceBack(request), field === 'text' ? 'text' : 'invalid'));
  }
  const body = read.value;
  const back = body.next ?? cellPage(datasetId, body.cell);
  if (isDecision(body.kind) && !hasRole(user.role, 'reviewer'))
    return read.form
      ? seeOther(withNotice(back, 'role'))
      : refusal(
          request,
          403,
          `Refused: to ${body.kind} a cell needs the reviewer role or above; ${user.email} is ${user.role}.`,
        );
  const ws = await ctx.open();
  if (!ws) return jsonAnswer({ error: 'No workspace is configured.' }, 404);
  const result = await recordReview(ws.db, {
    dataset: datasetId,
    cell: body.cell,
    kind: body.kind,
    revision: body.revision,
    text: body.text ?? '',
    author: user.email,
    address: requestAddress(request),
  });
  if (result.ok)
    return read.form
      ? seeOther(withNotice(back, body.kind))
      : jsonAnswer({ event: result.event, state: result.state }, 201);
  if (read.form) {
    const notice: ReviewNotice =
      result.code === 'no-dataset' || result.code === 'revision' ? 'invalid' : result.code;
    return seeOther(withNotice(back, notice));
  }
  return jsonAnswer(
    {
      error: result.message,
      code: result.code,
      ...(result.latest ? { latest: result.latest } : {}),
    },
    result.status,
  );
}

/** Where a form that could not be read goes back to: the page it came from, on this site. */
function workspaceBack(request: Request): string {
  const referer = request.headers.get('referer');
  try {
    const from = referer ? new URL(referer) : undefined;
    if (from && from.origin === new URL(request.url).origin) return from.pathname + from.search;
  } catch {
    // No way back.
  }
  return '/';
}
