import type { z } from 'zod';

/** One problem found in a dataset: where it is (a JSON path), what is wrong, and the value found. */
export interface DatasetProblem {
  /** JSON path in the file, such as `positions[3].value`; empty for the file as a whole. */
  path: string;
  message: string;
  /** A short rendering of the offending value, when there is one. */
  value?: string;
}

/** Writes a path array as `positions[3].evidence[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** A value shortened for an error message; undefined when there is nothing worth showing. */
export function describeValue(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let shown: string;
  try {
    shown =
      typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deeply nested (or circular) to print: say what it is instead.
    shown = `(${typeName(value)})`;
  }
  return shown.length > 80 ? `${shown.slice(0, 77)}...` : shown;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    default:
      return `a ${expected}`;
  }
}

/** Turns zod's issues into plain-English problems with paths and the values found. */
export function problemsFromZod(issues: readonly z.core.$ZodIssue[]): DatasetProblem[] {
  return issues.map((issue) => {
    const input = (issue as { input?: unknown }).input;
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      message =
        input === undefined
          ? 'is required but missing'
          : /^Invalid input/.test(message)
            ? `must be ${expectedName(issue.expected)}, not ${typeName(input)}`
            : message;
    } else if (issue.code === 'unrecognized_keys') {
      message = `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    } else if (issue.code === 'invalid_union' && /^Invalid input/.test(message)) {
      message = 'does not match any allowed form';
    } else if (issue.code === 'invalid_value' && /^Invalid (input|option)/.test(message)) {
      message = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const problem: DatasetProblem = { path: formatPath(issue.path), message };
    // A missing field has no value to show; for unknown fields the message names them already.
    const value =
      (issue.code === 'invalid_type' && input === undefined) || issue.code === 'unrecognized_keys'
        ? undefined
        : describeValue(input);
    if (value !== undefined) problem.value = value;
    return problem;
  });
}
