import type { DatasetProblem } from '@/lib/model';

/**
 * Parses JSON text, or explains where it breaks with line and column. A leading byte-order mark
 * (which Windows editors add) is skipped rather than reported.
 */
export function parseJson(
  input: string,
): { ok: true; value: unknown } | { ok: false; problem: DatasetProblem } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const offset = Number(at[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      where = ` at line ${line}, column ${column}`;
    }
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '');
    return { ok: false, problem: { path: '', message: `is not valid JSON${where}: ${reason}` } };
  }
}
