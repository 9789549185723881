import {
  checkItem,
  codingBodySchema,
  fieldErrors,
  fieldKind,
  fieldOfPath,
  fieldsOfForm,
  fieldsOfItem,
  itemFieldErrors,
  itemKey,
  itemOfFields,
} from '@/lib/coding';
import { parseStrict } from '@/lib/auth/schemas';

const form = (entries: [string, string][]) => fieldsOfForm(entries);

describe('fieldKind', () => {
  test('row numbers read as *', () => {
    expect(fieldKind('positions', 'evidence.3.reading')).toBe('number');
    expect(fieldKind('positions', 'evidence.0.dateInferred')).toBe('boolean');
    expect(fieldKind('positions', 'evidence.0.quote')).toBeUndefined();
    expect(fieldKind('parties', 'rounds')).toBe('list');
  });
});

describe('itemOfFields', () => {
  test('a position: numbers, a range, rows in order, empty fields and rows left out', () => {
    const item = itemOfFields(
      'positions',
      form([
        ['baseRevision', '3'],
        ['reason', 'why'],
        ['party', 'a'],
        ['issue', 'i'],
        ['round', 'r1'],
        ['status', 'stated'],
        ['value', '40'],
        ['acceptable.min', '30'],
        ['acceptable.max', '55'],
        ['salience', ''],
        ['evidence.1.quote', 'second'],
        ['evidence.1.source', 's'],
        ['evidence.0.quote', ' first, as typed '],
        ['evidence.0.reading', '35'],
        ['evidence.0.dateInferred', 'on'],
        ['evidence.2.quote', ''],
        ['evidence.2.source', ''],
        ['conditions.0.text', ''],
      ]),
    );
    expect(item).toEqual({
      party: 'a',
      issue: 'i',
      round: 'r1',
      status: 'stated',
      value: 40,
      acceptable: { min: 30, max: 55 },
      evidence: [
        { quote: ' first, as typed ', reading: 35, dateInferred: true },
        { quote: 'second', source: 's' },
      ],
    });
  });

  test('a number that does not read as one stays text, so the schema names the field', () => {
    expect(itemOfFields('positions', form([['value', 'forty']]))).toEqual({ value: 'forty' });
  });

  test('list fields: one per checkbox, or one per line', () => {
    expect(
      itemOfFields(
        'parties',
        form([
          ['rounds', 'r1'],
          ['rounds', 'r3'],
          ['members', 'Ann\n\nBo \r\n'],
        ]),
      ),
    ).toEqual({ rounds: ['r1', 'r3'], members: ['Ann', 'Bo'] });
    expect(itemOfFields('parties', form([['id', 'a']]))).toEqual({ id: 'a' });
  });

  test('the inverse: fieldsOfItem gives the names itemOfFields reads', () => {
    const item = {
      id: 'x',
      scale: { zero: 'none', hundred: 'all' },
      rounds: ['r1', 'r2'],
    };
    const fields = fieldsOfItem(item);
    expect(fields).toEqual({
      id: 'x',
      'scale.zero': 'none',
      'scale.hundred': 'all',
      rounds: 'r1\nr2',
    });
    expect(
      itemOfFields('parties', fieldsOfForm(Object.entries(fields) as [string, string][])),
    ).toEqual(item);
  });
});

describe('codingBodySchema', () => {
  test('strict: an unknown field is named; the base revision must be a revision number', () => {
    const schema = codingBodySchema('parties');
    expect(parseStrict(schema, { baseRevision: 2, item: {}, admin: true })).toEqual({
      ok: false,
      problems: [{ path: 'admin', message: 'unknown field "admin"' }],
    });
    const bad = parseStrict(schema, { baseRevision: 0, item: {} });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toEqual(['baseRevision']);
    expect(parseStrict(schema, { baseRevision: 2, item: {}, text: 'x' }).ok).toBe(false);
    expect(
      parseStrict(codingBodySchema('sources'), { baseRevision: 2, item: {}, text: 'x' }).ok,
    ).toBe(true);
  });
});

describe('checkItem', () => {
  test("the item's problems in the validator's words, with paths inside the item", () => {
    const checked = checkItem('positions', {
      party: 'a',
      issue: 'i',
      round: 'r',
      status: 'stated',
      label: 'L',
      summary: 'S',
      value: 140,
      confidence: 'high',
      evidence: [{ source: 's', quote: '', attribution: 'own-words' }],
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(itemFieldErrors(checked.problems)).toEqual([
      expect.objectContaining({ field: 'value', message: 'must be a number from 0 to 100' }),
      expect.objectContaining({ field: 'evidence.0.quote', message: 'must not be empty' }),
    ]);
  });
});

describe('fieldErrors', () => {
  test("a problem inside the item names its field; others stay the form's with their path", () => {
    const errors = fieldErrors(
      [
        { path: 'positions[4].evidence[1].quote', message: 'is not found verbatim' },
        { path: 'positions[4]', message: 'party is absent' },
        { path: 'positions[40].value', message: 'elsewhere' },
        { path: 'positions[2].evidence[0].quote', message: 'is not found verbatim in source "s"' },
      ],
      'positions[4]',
    );
    expect(errors.map((e) => e.field)).toEqual(['evidence.1.quote', '', '', '']);
    expect(errors[2]?.path).toBe('positions[40].value');
  });
  test('fieldOfPath', () => {
    expect(fieldOfPath('evidence[0].quote')).toBe('evidence.0.quote');
    expect(fieldOfPath('.scale.zero')).toBe('scale.zero');
    expect(fieldOfPath('')).toBe('');
  });
});

describe('itemKey', () => {
  test('the store keys', () => {
    expect(itemKey('positions', { party: 'a', issue: 'i', round: 'r' })).toBe('a/i/r');
    expect(itemKey('outcomes', { issue: 'i', round: 'r', parties: ['b', 'a'] })).toBe('i/r/a+b');
    expect(itemKey('delegations', { party: 'a' })).toBe('a/*');
    expect(itemKey('sources', { id: 's' })).toBe('s');
  });
});
