import type { DatasetProblem } from '@/lib/model';

/** A refused field: the form field it belongs to ("" for the form as a whole), the validator's words, its JSON path. */
export interface FieldError {
  field: string;
  message: string;
  path: string;
  value?: string;
}

/** `evidence[0].quote` as a form field name, `evidence.0.quote`. */
export function fieldOfPath(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
}

/**
 * The validator's problems with the form fields they name. `at` is the item's own JSON path in
 * the dataset (`positions[12]`): a problem inside it names its field (`positions[12].evidence[0].quote`
 * → `evidence.0.quote`); `texts` names the file of a source being saved, whose text problems go to
 * the `text` field; any other problem (another item that this change breaks) is for the whole form
 * and keeps its path.
 */
export function fieldErrors(
  problems: readonly DatasetProblem[],
  at: string | undefined,
  sourceFile?: string,
): FieldError[] {
  return problems.map((p) => {
    const base = { message: p.message, path: p.path, ...(p.value ? { value: p.value } : {}) };
    if (
      at !== undefined &&
      (p.path === at || p.path.startsWith(`${at}.`) || p.path.startsWith(`${at}[`))
    )
      return { ...base, field: fieldOfPath(p.path.slice(at.length)) };
    if (sourceFile && p.path.includes(sourceFile)) return { ...base, field: 'text' };
    return { ...base, field: '' };
  });
}

/** Problems found by the item's own schema (paths within the item) as field errors. */
export function itemFieldErrors(problems: readonly DatasetProblem[]): FieldError[] {
  return problems.map((p) => ({
    field: fieldOfPath(p.path),
    message: p.message,
    path: p.path,
    ...(p.value ? { value: p.value } : {}),
  }));
}

/** The errors of one field. */
export function errorsFor(errors: readonly FieldError[], field: string): FieldError[] {
  return errors.filter((e) => e.field === field);
}

/** The field a refused removal's problems carry: the page shows them beside its remove form. */
export const REMOVE_FIELD = 'remove';
