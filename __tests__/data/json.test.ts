import { jsonErrorOffset, parseJson } from '@/lib/data/json';

describe('jsonErrorOffset', () => {
  it.each([
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['{"a":tru}', 8],
    ['{"a":"x\ny"}', 7],
    ['{"a":"\\q"}', 7],
    ['01', 1],
    ['{"a":1}x', 7],
    ['', 0],
  ])('%j breaks at offset %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it('is -1 for valid JSON', () => {
    expect(jsonErrorOffset(' {"a": [1, -2.5e3, true, null, "\\u00e9"]} ')).toBe(-1);
  });
});

describe('parseJson', () => {
  it('parses valid JSON, skipping a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('names line and column, and never quotes the text', () => {
    const result = parseJson('{\n  "title": "x",\n  root:secret\n}');
    expect(result).toEqual({
      ok: false,
      problem: {
        path: '',
        message: 'is not valid JSON at line 3, column 3: a character here is not allowed in JSON',
      },
    });
  });

  it('says when the text ends too early', () => {
    expect(parseJson('{"a": [1, 2')).toMatchObject({
      problem: {
        message:
          'is not valid JSON at line 1, column 12: the text ends before the JSON is complete',
      },
    });
  });
});
