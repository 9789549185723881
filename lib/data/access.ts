import type { z } from 'zod';
import {
  clearedSessionCookie,
  isSecureRequest,
  sessionCookie,
  sessionTokenOf,
} from '@/lib/auth/cookie';
import { configuredOrigins, crossOriginReason } from '@/lib/auth/origin';
import { clientAddress } from '@/lib/auth/rateLimit';
import { hasRole, type Role } from '@/lib/auth/roles';
import { formBody, parseStrict, type FieldProblem } from '@/lib/auth/schemas';
import { PRIVATE_NO_STORE } from '@/lib/http/cacheControl';
import { signInHref } from '@/lib/url/routes';
import { folderStore, workspaceStore } from './datasets';
import type { DatasetStore } from './store';
import type { WorkspaceStore } from './workspace/store';
import {
  sharedWorkspaceDb,
  workspaceConfig,
  workspaceExists,
  type WorkspaceDb,
} from './workspace/db';
import { sessionUser, type SessionUser } from './workspace/sessions';
import type { WorkspaceUser } from './workspace/users';

// The guard every workspace mutation goes through (docs/workspace-access.md): the origin check,
// the session, the role, the strict body. Written against the web's Request and Response, so it
// runs in route handlers and tests alike.

/** Where the guard finds the workspace: this process's shared database (tests pass their own). */
export interface AccessContext {
  /** The workspace database, or undefined when none exists yet (nothing is created on a read). */
  open(): Promise<WorkspaceDb | undefined>;
  /** The stores a new dataset is written to (the workspace) and checked against (the folders). */
  stores(): { workspace: WorkspaceStore; folders: DatasetStore };
}

/** The web app's context: the shared workspace database, when one exists. */
export const APP_ACCESS: AccessContext = {
  async open() {
    const config = workspaceConfig();
    return workspaceExists(config) ? sharedWorkspaceDb(config) : undefined;
  },
  stores: () => ({ workspace: workspaceStore(), folders: folderStore() }),
};

/** The signed-in user of a session token (a page reads it from cookies()), or undefined. */
export async function userOfToken(
  token: string | undefined,
  ctx: AccessContext = APP_ACCESS,
): Promise<SessionUser | undefined> {
  if (!token) return undefined;
  const ws = await ctx.open();
  return ws ? sessionUser(ws.db, token) : undefined;
}

/** The signed-in user of a request (its session cookie), or undefined. */
export function userOfRequest(
  request: Request,
  ctx: AccessContext = APP_ACCESS,
): Promise<SessionUser | undefined> {
  return userOfToken(sessionTokenOf(request.headers.get('cookie')), ctx);
}

/** True when the request is an HTML form's post (it is answered with redirects, not JSON). */
export function isFormPost(request: Request): boolean {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  return (
    type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  );
}

/** A JSON answer that no cache keeps. */
export function jsonAnswer(
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  return Response.json(body, {
    status,
    headers: { 'Cache-Control': PRIVATE_NO_STORE, ...headers },
  });
}

/** A 303 to a path on this site (a form post's answer: the browser GETs it), kept by no cache. */
export function seeOther(path: string, headers: Record<string, string> = {}): Response {
  // Paths are built here or checked by nextPathSchema; anything else goes home.
  const location = path.startsWith('/') && !/^\/[/\\]/.test(path) ? path : '/';
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': PRIVATE_NO_STORE, ...headers },
  });
}

/** A refusal a person reads: plain text for a form post, JSON `{ error }` otherwise. */
export function refusal(request: Request, status: number, error: string): Response {
  if (!isFormPost(request)) return jsonAnswer({ error }, status);
  return new Response(`${error}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE },
  });
}

/** 403 when a request that changes something comes from another origin (see crossOriginReason). */
export function originRefusal(request: Request): Response | undefined {
  const reason = crossOriginReason(
    request.method,
    request.url,
    request.headers,
    configuredOrigins(process.env.WORKSPACE_ORIGINS),
  );
  return reason ? refusal(request, 403, `Refused: ${reason}. Nothing was changed.`) : undefined;
}

/** Where a form post without a session is sent: the sign-in page, coming back to the page it came from. */
function signInFor(request: Request): string {
  const referer = request.headers.get('referer');
  try {
    const from = referer ? new URL(referer) : undefined;
    if (from && from.origin === new URL(request.url).origin)
      return signInHref({ next: from.pathname + from.search });
  } catch {
    // No way back: sign-in goes to the workspace's home.
  }
  return signInHref();
}

/**
 * The guard of a workspace mutation: the signed-in user when the request may go on, else the
 * Response to answer with. A request from another origin: 403 (checked first, so nothing is
 * read or changed); no session: 401 (a form post is sent to /signin); a role below `needed`: 403.
 */
export async function requireRole(
  request: Request,
  needed: Role,
  ctx: AccessContext = APP_ACCESS,
): Promise<WorkspaceUser | Response> {
  const crossOrigin = originRefusal(request);
  if (crossOrigin) return crossOrigin;
  const session = await userOfRequest(request, ctx);
  if (!session) {
    if (isFormPost(request)) return seeOther(signInFor(request));
    return jsonAnswer({ error: 'Sign in first: this needs a session.' }, 401);
  }
  if (!hasRole(session.user.role, needed))
    return refusal(
      request,
      403,
      `Refused: this needs the ${needed} role or above; ${session.user.email} is ${session.user.role}.`,
    );
  return session.user;
}

/** A body read through a strict schema, or the problems (each naming its field) and why. */
export type BodyRead<T> =
  | { ok: true; value: T; form: boolean }
  | { ok: false; status: 400 | 413 | 415; problems: FieldProblem[]; form: boolean };

/** The largest body an action reads: these are small forms. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON or form body and parses it with a strict zod schema: unknown fields are refused,
 * each named. `booleans` are read from a form's "true"/"false". Other content types: 415.
 */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  booleans: readonly string[] = [],
): Promise<BodyRead<z.output<S>>> {
  const form = isFormPost(request);
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES)
    return { ok: false, status: 413, form, problems: [{ path: '', message: 'is too large' }] };
  let body: unknown;
  if (form) {
    let data: FormData;
    try {
      data = await request.formData();
    } catch {
      return {
        ok: false,
        status: 400,
        form,
        problems: [{ path: '', message: 'is not a readable form' }],
      };
    }
    const fields = formBody(data, booleans);
    if (!fields.ok) return { ok: false, status: 400, form, problems: fields.problems };
    body = fields.value;
  } else if (type.startsWith('application/json') || (type === '' && request.method === 'DELETE')) {
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES)
      return { ok: false, status: 413, form, problems: [{ path: '', message: 'is too large' }] };
    try {
      body = text.trim() === '' && request.method === 'DELETE' ? {} : JSON.parse(text);
    } catch {
      return {
        ok: false,
        status: 400,
        form,
        problems: [{ path: '', message: 'is not valid JSON' }],
      };
    }
  } else
    return {
      ok: false,
      status: 415,
      form,
      problems: [{ path: '', message: 'send application/json (or a form)' }],
    };
  const parsed = parseStrict(schema, body);
  return parsed.ok
    ? { ok: true, value: parsed.value, form }
    : { ok: false, status: 400, form, problems: parsed.problems };
}

/** The JSON answer of a body that did not parse: 400 (or 413, 415) with every problem. */
export function badBody(read: Extract<BodyRead<unknown>, { ok: false }>): Response {
  const first = read.problems[0];
  const named = first?.path
    ? `${first.path}: ${first.message}`
    : (first?.message ?? 'is not valid');
  return jsonAnswer(
    { error: `Refused: ${named}. Nothing was changed.`, problems: read.problems },
    read.status,
  );
}

/** The client's address, for the limits and the audit log. */
export function requestAddress(request: Request): string {
  return clientAddress(request.headers);
}

/** The Set-Cookie of a new session for this request (Secure when it came over https). */
export function sessionSetCookie(request: Request, token: string): string {
  return sessionCookie(token, { secure: isSecureRequest(request.url, request.headers) });
}

/** The Set-Cookie that clears the session cookie for this request. */
export function sessionClearCookie(request: Request): string {
  return clearedSessionCookie({ secure: isSecureRequest(request.url, request.headers) });
}
