import {
  checkItem,
  codingBodySchema,
  fieldErrors,
  fieldsOfForm,
  fieldsOfItem,
  isCodingPart,
  itemFieldErrors,
  itemKey,
  itemOfFields,
  locatorOf,
  MAX_SOURCE_TEXT,
  PART_WORDS,
  quoteAtLocator,
  type CodingBody,
  type CodingPart,
  type FieldError,
} from '@/lib/coding';
import { parseStrict } from '@/lib/auth/schemas';
import { quoteInSource } from '@/lib/model';
import { codingAddHref, codingItemHref } from '@/lib/url/routes';
import {
  APP_ACCESS,
  isFormPost,
  jsonAnswer,
  refusal,
  requireRole,
  seeOther,
  type AccessContext,
} from './access';
import { conflictViews, keepDraftIn, type ConflictView } from './drafts';
import { parseVersion } from './workspace/hash';
import { keyed, type DatasetState } from './workspace/parts';

// The workspace's coding actions (docs/workspace-coding.md): one item of a part saved as the
// next revision, through the store's save, by the signed-in coder. JSON in and out, or a form
// answered with a 303 (to the saved item, or back to the form with its entries and errors).

/** The largest body a coding action reads: a source's text (2 million characters) as UTF-8, and the form around it. */
const MAX_CODING_BODY = MAX_SOURCE_TEXT * 4 + 64 * 1024;

type Read =
  | { ok: true; body: Record<string, unknown>; fields: Record<string, string> }
  | { ok: false; status: number; errors: FieldError[]; fields: Record<string, string> };

const problem = (field: string, message: string): FieldError => ({ field, message, path: field });

/** What a form is told when its refused entries could not be kept to show on the form again. */
const NOT_KEPT =
  'Your entries could not be kept to show on the form again (the workspace database did not take them). Go back in your browser to find them as you typed them.';

/** Text as a browser sends a textarea (CRLF line breaks) read back as typed (LF). */
const asTyped = (text: string) => text.replace(/\r\n/g, '\n');

/** A source file's text, exactly as uploaded (UTF-8, BOM and line breaks kept); a file of another kind is refused. */
async function uploadedText(file: File): Promise<{ text: string } | { error: string }> {
  if (!/\.(txt|md)$/i.test(file.name)) return { error: 'must be a .txt or .md file' };
  if (file.size > MAX_SOURCE_TEXT * 4) return { error: 'is too large' };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
        await file.arrayBuffer(),
      ),
    };
  } catch {
    return { error: 'is not UTF-8 text' };
  }
}

/** Reads a coding body: JSON as sent, or a form's fields turned into `{ baseRevision, reason, create, item, text }`. */
async function readCodingBody(request: Request, part: CodingPart): Promise<Read> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_CODING_BODY)
    return { ok: false, status: 413, fields: {}, errors: [problem('', 'is too large')] };
  if (!isFormPost(request)) {
    const type = (request.headers.get('content-type') ?? '').toLowerCase();
    if (!type.startsWith('application/json'))
      return {
        ok: false,
        status: 415,
        fields: {},
        errors: [problem('', 'send application/json (or a form)')],
      };
    try {
      const body: unknown = JSON.parse(await request.text());
      return typeof body === 'object' && body !== null && !Array.isArray(body)
        ? { ok: true, body: body as Record<string, unknown>, fields: {} }
        : { ok: false, status: 400, fields: {}, errors: [problem('', 'must be a JSON object')] };
    } catch {
      return { ok: false, status: 400, fields: {}, errors: [problem('', 'is not valid JSON')] };
    }
  }
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return { ok: false, status: 400, fields: {}, errors: [problem('', 'is not a readable form')] };
  }
  const texts: [string, string][] = [];
  let upload: File | undefined;
  for (const [name, value] of data.entries()) {
    if (typeof value === 'string') texts.push([name, asTyped(value)]);
    else if (name === 'upload' && part === 'sources' && value.size > 0) upload = value;
    else if (name !== 'upload')
      return {
        ok: false,
        status: 400,
        fields: {},
        errors: [problem(name, 'must be text, not a file')],
      };
  }
  const form = fieldsOfForm(texts);
  const one = (name: string) => form.get(name)?.at(-1);
  const fields = Object.fromEntries([...form].map(([k, v]) => [k, v.join('\n')]));
  const body: Record<string, unknown> = { item: itemOfFields(part, form) };
  const base = one('baseRevision');
  if (base !== undefined) body.baseRevision = /^\d+$/.test(base) ? Number(base) : base;
  const reason = one('reason');
  if (reason !== undefined && reason.trim() !== '') body.reason = reason;
  if (one('create') === 'true') body.create = true;
  if (part === 'sources') {
    if (upload) {
      const read = await uploadedText(upload);
      if ('error' in read)
        return { ok: false, status: 422, fields, errors: [problem('upload', read.error)] };
      body.text = read.text;
      fields.text = read.text;
    } else if (one('text') !== undefined) body.text = one('text');
  }
  return { ok: true, body, fields };
}

/** Where a refused form goes back to: its add form, or the item's edit form, with the draft. */
function backTo(
  dataset: string,
  part: CodingPart,
  create: boolean,
  key: string | undefined,
  draft: string,
): string {
  return create || !key
    ? codingAddHref(dataset, part, { draft })
    : codingItemHref(dataset, part, key, { draft });
}

/**
 * POST /api/workspace/datasets/<dataset>/<part>: saves one item of a part (coder and above) as
 * the next revision, authored by the signed-in user, with the reason given (or "edited <part>
 * <key>"), based on the revision the form was loaded at. 200 with the revision; 400 for a
 * malformed body; 404 for no such dataset or part; 409 when the item exists already (an add) or
 * another revision changed it since the base (each conflict: who, when, why, the value then and
 * now); 422 when the item or the dataset it makes does not validate (each problem with its JSON
 * path and the form field it names). A form is answered 303: to the saved item, or back with
 * its entries and errors (kept as a draft; when the draft cannot be kept, the refusal in plain
 * text instead).
 */
export async function saveItemRoute(
  request: Request,
  datasetId: string,
  partName: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const coder = await requireRole(request, 'coder', ctx);
  if (coder instanceof Response) return coder;
  if (!isCodingPart(partName))
    return jsonAnswer({ error: `No such part "${partName}" of a dataset.` }, 404);
  const part = partName;
  const { workspace } = ctx.stores();
  const head = await workspace.get(datasetId);
  if (!head) return jsonAnswer({ error: `The workspace has no dataset "${datasetId}".` }, 404);
  const read = await readCodingBody(request, part);
  const form = isFormPost(request);
  const refuse = async (
    status: number,
    errors: FieldError[],
    extra: { conflicts?: ConflictView[]; key?: string; create?: boolean } = {},
  ) => {
    const first = errors[0];
    const named = first ? `${first.field || first.path || 'the change'} ${first.message}` : '';
    if (form) {
      const token = await keepDraftIn(ctx, {
        email: coder.email,
        dataset: datasetId,
        fields: read.fields,
        errors,
        conflicts: extra.conflicts ?? [],
      });
      if (token) return seeOther(backTo(datasetId, part, extra.create ?? false, extra.key, token));
      const each = errors.map((e) => `- ${e.field || e.path || 'the change'}: ${e.message}`);
      return refusal(
        request,
        status,
        [`Refused: ${named}. Nothing was changed.`, ...each, NOT_KEPT].join('\n'),
      );
    }
    return jsonAnswer(
      {
        error: `Refused: ${named}. Nothing was changed.`,
        problems: errors,
        ...(extra.conflicts ? { conflicts: extra.conflicts } : {}),
      },
      status,
    );
  };
  if (!read.ok) return refuse(read.status, read.errors);
  const parsed = parseStrict(codingBodySchema(part), read.body);
  const create = read.body.create === true;
  const guessedKey =
    typeof read.body.item === 'object' && read.body.item !== null
      ? itemKey(part, read.body.item as Record<string, unknown>)
      : undefined;
  if (!parsed.ok)
    return refuse(
      400,
      parsed.problems.map((p) => ({ ...p, field: p.path.replace(/^item\./, '') })),
      { create, key: guessedKey },
    );
  const body = parsed.value as CodingBody;
  const checked = checkItem(part, body.item);
  if (!checked.ok)
    return refuse(422, itemFieldErrors(checked.problems), { create, key: guessedKey });
  const key = itemKey(part, checked.item);
  const current = await workspace.stateAt(datasetId, parseVersion(head.version)?.revision ?? 0);
  const existing = current ? keyed(current.state, part).get(key) : undefined;
  if (create && existing)
    return refuse(
      409,
      [problem('', `${PART_WORDS[part].a} "${key}" exists already: edit it instead`)],
      { create, key },
    );
  let after: unknown = checked.item;
  const file = part === 'sources' ? String(checked.item.file) : undefined;
  if (part === 'sources') {
    const before = existing?.value as { text?: string } | undefined;
    // A textarea sends CRLF line breaks: an unchanged text keeps the line breaks it was stored with.
    const text =
      body.text !== undefined && before?.text !== undefined && body.text === asTyped(before.text)
        ? before.text
        : (body.text ?? before?.text);
    if (text === undefined || text === '')
      return refuse(
        422,
        [problem('text', 'is required: paste the text or upload a .txt or .md file')],
        {
          create,
          key,
        },
      );
    after = { source: checked.item, text };
  }
  const result = await workspace.save(datasetId, [{ part, key, after }], {
    baseRevision: body.baseRevision,
    author: coder.email,
    reason:
      body.reason?.trim() || `${existing ? 'edited' : 'added'} ${PART_WORDS[part].one} ${key}`,
  });
  if (result.ok) {
    return form
      ? seeOther(codingItemHref(datasetId, part, key, { saved: result.revision }))
      : jsonAnswer({ revision: result.revision, version: result.version, key }, 200);
  }
  if (result.conflicts.length)
    return refuse(
      409,
      result.problems.map((p) => ({ field: '', message: p.message, path: p.path })),
      { conflicts: conflictViews(result.conflicts), create, key },
    );
  const at = itemPath(current?.state, part, key);
  return refuse(422, fieldErrors(result.problems, at, file), { create, key });
}

/** The JSON path the saved item would have in the dataset: its place now, or the end of the list. */
function itemPath(state: DatasetState | undefined, part: CodingPart, key: string): string {
  const items = state ? keyed(state, part) : new Map<string, { index: number }>();
  const index = items.get(key)?.index ?? items.size;
  return `${part}[${index}]`;
}

/** What "Use as evidence" sends: the cell, and the passage with its place and attribution. */
const EVIDENCE_FIELDS = [
  'party',
  'issue',
  'round',
  'source',
  'quote',
  'start',
  'end',
  'locator',
  'attribution',
  'reading',
  'speaker',
  'date',
] as const;

/**
 * POST /api/workspace/datasets/<dataset>/evidence ("Use as evidence" on a source's page, coder
 * and above): the cell's position editor opened with the passage as a new quote (303 to it, the
 * draft kept), its exact words checked against the source at the offsets given (or, for a typed
 * quote, verbatim anywhere in it). Nothing is saved until the editor is. JSON gets the fields.
 * A draft that cannot be kept is a 503 in plain text.
 */
export async function evidenceDraftRoute(
  request: Request,
  datasetId: string,
  ctx: AccessContext = APP_ACCESS,
): Promise<Response> {
  const coder = await requireRole(request, 'coder', ctx);
  if (coder instanceof Response) return coder;
  const { workspace } = ctx.stores();
  const entry = await workspace.get(datasetId);
  if (!entry) return jsonAnswer({ error: `The workspace has no dataset "${datasetId}".` }, 404);
  let values: Record<string, string> = {};
  if (isFormPost(request)) {
    const data = await request.formData().catch(() => undefined);
    for (const [k, v] of data?.entries() ?? []) if (typeof v === 'string') values[k] = asTyped(v);
  } else {
    const body = (await request.json().catch(() => undefined)) as unknown;
    if (typeof body === 'object' && body !== null)
      values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(v)]));
  }
  const unknown = Object.keys(values).filter(
    (k) => !(EVIDENCE_FIELDS as readonly string[]).includes(k),
  );
  if (unknown.length)
    return jsonAnswer({ problems: unknown.map((k) => problem(k, `unknown field "${k}"`)) }, 400);
  const get = (k: (typeof EVIDENCE_FIELDS)[number]) => values[k]?.trim() ?? '';
  const key = `${get('party')}/${get('issue')}/${get('round')}`;
  const position = entry.dataset?.positions.find((p) => `${p.party}/${p.issue}/${p.round}` === key);
  const fields = position
    ? fieldsOfItem(position)
    : { party: get('party'), issue: get('issue'), round: get('round') };
  const row = position?.evidence?.length ?? 0;
  const quote = values.quote ?? '';
  const source = entry.dataset?.sources.find((s) => s.id === get('source'));
  const text = source ? (entry.sourceTexts.get(source.file) ?? '') : '';
  const start = Number(get('start'));
  const end = Number(get('end'));
  const locator =
    get('locator') ||
    (get('start') && get('end') ? locatorOf(asTyped(text), start, end) : undefined);
  const at = `evidence.${row}`;
  const add: Record<string, string | undefined> = {
    source: get('source'),
    quote,
    attribution: get('attribution') || 'own-words',
    locator,
    reading: get('reading'),
    speaker: get('speaker'),
    date: get('date'),
  };
  for (const [k, v] of Object.entries(add)) if (v) fields[`${at}.${k}`] = v;
  const errors: FieldError[] = [];
  if (!source) errors.push(problem(`${at}.source`, `is not a source of this dataset`));
  else if (quoteAtLocator(asTyped(text), quote, locator) === false)
    errors.push(problem(`${at}.quote`, `is not the text of source "${source.id}" at ${locator}`));
  else if (!quoteInSource(quote, text))
    errors.push(problem(`${at}.quote`, `is not found verbatim in source "${source.id}"`));
  const draft = { email: coder.email, dataset: datasetId, fields, errors, conflicts: [] };
  if (!isFormPost(request)) return jsonAnswer({ key, fields, problems: errors });
  const token = await keepDraftIn(ctx, draft);
  return token
    ? seeOther(codingItemHref(datasetId, 'positions', key, { draft: token }))
    : refusal(
        request,
        503,
        'The passage could not be kept for the position editor (the workspace database did not take it), so nothing was opened or saved. Go back in your browser and try again.',
      );
}
