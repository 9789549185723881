import type { DatasetProblem } from '@/lib/model';

/**
 * Offset of the first character a JSON parser cannot accept, found by a small scanner. V8 names
 * the position for most errors but quotes the file's text instead for an unexpected token, and
 * a file that fails the checks must never have its content echoed back.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c < 0x20) fail();
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}

/** Line and column (both from 1) of an offset in text. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Parses JSON text, or says where it breaks (line and column) in neutral words that never quote
 * the file. A leading byte-order mark (which Windows editors add) is skipped.
 */
export function parseJson(
  input: string,
): { ok: true; value: unknown } | { ok: false; problem: DatasetProblem } {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = jsonErrorOffset(text);
    const where = offset < 0 ? 0 : offset;
    const reason =
      where >= text.length
        ? 'the text ends before the JSON is complete'
        : 'a character here is not allowed in JSON';
    return {
      ok: false,
      problem: {
        path: '',
        message: `is not valid JSON at ${lineAndColumn(text, where)}: ${reason}`,
      },
    };
  }
}
