import { FORM_ERRORS, formErrorForField, type FormError } from '@/lib/auth/notices';
import {
  newDatasetBody,
  newUserBody,
  signInBody,
  signOutBody,
  userPatchBody,
  type FieldProblem,
} from '@/lib/auth/schemas';
import { sessionTokenOf } from '@/lib/auth/cookie';
import { datasetHref, signInHref, workspaceHref, workspaceUsersHref } from '@/lib/url/routes';
import {
  APP_ACCESS,
  badBody,
  jsonAnswer,
  originRefusal,
  readBody,
  requestAddress,
  requireRole,
  seeOther,
  sessionClearCookie,
  sessionSetCookie,
  userOfRequest,
  type AccessContext,
} from './access';
import { createBlankDataset } from './workspace/blank';
import { signIn, signOut } from './workspace/sessions';
import { changeUser, createUser, listUsers, type UserResult } from './workspace/users';

// The workspace's access actions, one function per route handler (app/api/workspace/…), so the
// handlers stay one line and tests can drive these with their own database.

/** The code a refused user change is sent back with (the page shows its fixed words). */
function userErrorCode(result: Extract<UserResult, { ok: false }>): FormError {
  const first = result.problems[0];
  if (result.status === 404) return 'no-user';
  if (result.status === 409) return first?.path === 'email' ? 'email-taken' : 'last-admin';
  return formErrorForField(first?.path ?? '');
}

function problemsAnswer(status: number, problems: FieldProblem[]): Response {
  const first = problems[0];
  const named = first?.path ? `${first.path} ${first.message}` : (first?.message ?? 'refused');
  return jsonAnswer({ error: `Refused: ${named}. Nothing was changed.`, problems }, status);
}

/** POST /api/workspace/session: signs in (JSON, or the /signin form: 303 to `next`, or back with the refusal). */
export async function signInRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const crossOrigin = originRefusal(request);
  if (crossOrigin) return crossOrigin;
  const read = await readBody(request, signInBody);
  if (!read.ok) return read.form ? seeOther(signInHref({ error: 'invalid' })) : badBody(read);
  const { email, password, next } = read.value;
  const ws = await ctx.open();
  if (!ws)
    return read.form
      ? seeOther(signInHref({ error: 'setup', next }))
      : jsonAnswer({ error: FORM_ERRORS.setup.words }, 503);
  const result = await signIn(ws.db, { email, password, address: requestAddress(request) });
  if (result.ok) {
    const cookie = { 'Set-Cookie': sessionSetCookie(request, result.token) };
    return read.form
      ? seeOther(next ?? workspaceHref(), cookie)
      : jsonAnswer({ user: result.user, expiresAt: result.expiresAt }, 200, cookie);
  }
  if (result.reason === 'limited') {
    const retry = { 'Retry-After': String(result.retryAfterSeconds) };
    return read.form
      ? seeOther(
          signInHref({ error: 'limited', retry: result.retryAfterSeconds, email, next }),
          retry,
        )
      : jsonAnswer(
          { error: result.message, retryAfterSeconds: result.retryAfterSeconds },
          429,
          retry,
        );
  }
  return read.form
    ? seeOther(signInHref({ error: 'credentials', email, next }))
    : jsonAnswer({ error: result.message }, 401);
}

/**
 * DELETE /api/workspace/session (JSON) and POST /api/workspace/signout (the /signout form): ends
 * the session server-side (its row is deleted) and clears the cookie. Without a live session:
 * 401, the cookie cleared all the same (a form is sent to /signin either way).
 */
export async function signOutRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const crossOrigin = originRefusal(request);
  if (crossOrigin) return crossOrigin;
  const read = await readBody(request, signOutBody);
  if (!read.ok && !read.form) return badBody(read);
  const clear = { 'Set-Cookie': sessionClearCookie(request) };
  const ws = await ctx.open();
  const token = sessionTokenOf(request.headers.get('cookie'));
  const ended = ws ? await signOut(ws.db, token, requestAddress(request)) : false;
  if (read.form) return seeOther(signInHref(), clear);
  return ended
    ? jsonAnswer({ signedOut: true }, 200, clear)
    : jsonAnswer({ error: 'No session to end: you were not signed in.' }, 401, clear);
}

/** GET /api/workspace/session: who is signed in (401 when no one). */
export async function whoAmIRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const session = await userOfRequest(request, ctx);
  return session
    ? jsonAnswer(session)
    : jsonAnswer({ error: 'Sign in first: this needs a session.' }, 401);
}

/** GET /api/workspace/users: every user (admin). */
export async function listUsersRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const user = await requireRole(request, 'admin', ctx);
  if (user instanceof Response) return user;
  const ws = await ctx.open();
  return jsonAnswer({ users: ws ? await listUsers(ws.db) : [] });
}

/** POST /api/workspace/users: adds a user with a role and an initial password (admin). 201, or 400/409. */
export async function createUserRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const admin = await requireRole(request, 'admin', ctx);
  if (admin instanceof Response) return admin;
  const read = await readBody(request, newUserBody);
  if (!read.ok)
    return read.form
      ? seeOther(workspaceUsersHref({ error: formErrorForField(read.problems[0]?.path ?? '') }))
      : badBody(read);
  const ws = (await ctx.open())!;
  const result = await createUser(ws.db, read.value, {
    name: admin.email,
    address: requestAddress(request),
  });
  if (!result.ok)
    return read.form
      ? seeOther(
          workspaceUsersHref({
            error: userErrorCode(result),
            email: read.value.email,
            role: read.value.role,
          }),
        )
      : problemsAnswer(result.status, result.problems);
  return read.form
    ? seeOther(workspaceUsersHref({ done: 'added', user: result.user.id }))
    : jsonAnswer({ user: result.user }, 201);
}

/**
 * PATCH /api/workspace/users/<id or email> (JSON) and POST to it (the users page's forms):
 * changes a user's role, or disables or enables them (admin). 404 for no such user, 409 when it
 * would leave no active admin.
 */
export async function changeUserRoute(
  request: Request,
  key: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const admin = await requireRole(request, 'admin', ctx);
  if (admin instanceof Response) return admin;
  const read = await readBody(request, userPatchBody, ['disabled']);
  if (!read.ok)
    return read.form
      ? seeOther(workspaceUsersHref({ error: formErrorForField(read.problems[0]?.path ?? '') }))
      : badBody(read);
  const ws = (await ctx.open())!;
  const result = await changeUser(ws.db, key, read.value, {
    name: admin.email,
    address: requestAddress(request),
  });
  if (!result.ok)
    return read.form
      ? seeOther(workspaceUsersHref({ error: userErrorCode(result) }))
      : problemsAnswer(result.status, result.problems);
  const done =
    read.value.role !== undefined ? 'role' : result.user.disabled ? 'disabled' : 'enabled';
  return read.form
    ? seeOther(workspaceUsersHref({ done, user: result.user.id }))
    : jsonAnswer({ user: result.user });
}

/**
 * POST /api/workspace/datasets: creates a minimal valid workspace dataset with an id and a title
 * (coder and above), as revision 1 by the signed-in user, with the reason given (optional).
 * 201 with its id, version and address; 400 for a bad or taken id.
 */
export async function createDatasetRoute(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const coder = await requireRole(request, 'coder', ctx);
  if (coder instanceof Response) return coder;
  const read = await readBody(request, newDatasetBody);
  if (!read.ok)
    return read.form
      ? seeOther(workspaceHref({ error: formErrorForField(read.problems[0]?.path ?? '') }))
      : badBody(read);
  const { workspace, folders } = ctx.stores();
  const result = await createBlankDataset(workspace, folders, {
    id: read.value.id,
    title: read.value.title,
    reason: read.value.reason,
    author: coder.email,
  });
  if (!result.ok) {
    const first = result.problems[0];
    const taken = first?.path === 'id' && /taken|already/.test(first.message);
    return read.form
      ? seeOther(
          workspaceHref({ error: taken ? 'id-taken' : formErrorForField(first?.path ?? '') }),
        )
      : problemsAnswer(taken ? 409 : 400, result.problems);
  }
  const href = datasetHref(read.value.id);
  return read.form
    ? seeOther(workspaceHref({ created: read.value.id }))
    : jsonAnswer(
        { id: read.value.id, revision: result.revision, version: result.version, href },
        201,
      );
}
