import { z } from 'zod';
import { datasetIdSchema } from '@/lib/model';
import { MAX_PASSWORD_LENGTH, passwordProblem } from './password';
import { roleSchema } from './roles';

/** An email as accounts are keyed: trimmed, lowercase, at most 254 characters. */
export const emailSchema = z
  .string({ error: 'must be text' })
  .trim()
  .toLowerCase()
  .pipe(
    z
      .email({ error: 'must be an email address, like name@example.org' })
      .max(254, { error: 'must be at most 254 characters' }),
  );

/** An email as a person typed it, keyed the way accounts are (trimmed, lowercase). */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

const newPassword = z.string({ error: 'must be text' }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Where to go after signing in: a path on this site only (never `//host` or a scheme). */
export const nextPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])[^\s]*$/, { error: 'must be a path on this site' });

/** POST /api/workspace/session: sign in. */
export const signInBody = z
  .object({
    email: z.string({ error: 'must be text' }).trim().min(1, { error: 'is required' }).max(254),
    password: z
      .string({ error: 'must be text' })
      .min(1, { error: 'is required' })
      .max(MAX_PASSWORD_LENGTH * 4),
    next: nextPathSchema.optional(),
  })
  .strict();

/** POST /api/workspace/users: a new user with a role and an initial password (admin). */
export const newUserBody = z
  .object({ email: emailSchema, role: roleSchema, password: newPassword })
  .strict();

/** PATCH /api/workspace/users/<id>: change a user's role, or disable or enable them (admin). */
export const userPatchBody = z
  .object({
    role: roleSchema.optional(),
    disabled: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict()
  .refine((b) => b.role !== undefined || b.disabled !== undefined, {
    error: 'say what to change: role or disabled',
  });

/** POST /api/workspace/datasets: a new, minimal workspace dataset (coder and above). */
export const newDatasetBody = z
  .object({
    id: datasetIdSchema,
    title: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, { error: 'is required' })
      .max(200, { error: 'must be at most 200 characters' }),
    reason: z.string({ error: 'must be text' }).trim().max(2000).optional(),
  })
  .strict();

/** POST /api/workspace/signout, DELETE /api/workspace/session: nothing to send (an empty object). */
export const signOutBody = z.object({}).strict();

/** One refused field: its path ("" for the body) and why. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Every problem zod found, each naming its field; an unknown field is named as such. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of error.issues) {
    const at = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({ path: at ? `${at}.${key}` : key, message: `unknown field "${key}"` });
    } else out.push({ path: at, message: issue.message });
  }
  return out;
}

/** A body read through a strict schema: the value, or every problem with its field. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Parses a request body (already JSON or form fields) with a strict schema. */
export function parseStrict<S extends z.ZodType>(schema: S, body: unknown): Parsed<z.output<S>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, problems: [{ path: '', message: 'must be a JSON object' }] };
  const result = schema.safeParse(body);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: fieldProblems(result.error) };
}

/**
 * A form's fields as the JSON body they stand for: each name once (a repeated or file field is a
 * problem), `booleans` read from "true"/"false" (a checkbox's "on" is true).
 */
export function formBody(
  form: FormData,
  booleans: readonly string[] = [],
): Parsed<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== 'string')
      problems.push({ path: name, message: 'must be text, not a file' });
    else if (name in out) problems.push({ path: name, message: 'is sent more than once' });
    else if (booleans.includes(name))
      out[name] = value === 'true' || value === 'on' ? true : value === 'false' ? false : value;
    else out[name] = value;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: out };
}
