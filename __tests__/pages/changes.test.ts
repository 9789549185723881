import {
  changeLine,
  changesCsv,
  changesView,
  describeValue,
  formatTime,
  parseChangesRange,
  type ChangeRecord,
} from '@/lib/pages/changes';

const position = (value: number, status: string, confidence: string) => ({
  party: 'a',
  issue: 'tax',
  round: 'r1',
  status,
  value,
  confidence,
});

const record: ChangeRecord = {
  home: 'workspace',
  latest: 3,
  revisions: [
    {
      number: 1,
      author: 'ana',
      time: '2025-04-01T09:00:00.000Z',
      reason: 'first import',
      edits: [{ part: 'parties', key: 'a', before: null, after: { id: 'a', name: 'Alpha' } }],
    },
    {
      number: 2,
      author: 'ben',
      time: '2025-05-10T14:03:00.000Z',
      reason: 'coded round 1',
      edits: [
        { part: 'positions', key: 'a/tax/r1', before: null, after: position(40, 'stated', 'high') },
      ],
    },
    {
      number: 3,
      author: 'cy',
      time: '2025-05-16T08:30:00.000Z',
      reason: '=HYPERLINK("x")',
      edits: [
        {
          part: 'positions',
          key: 'a/tax/r1',
          before: position(40, 'stated', 'high'),
          after: position(75, 'inferred', 'low'),
        },
        {
          part: 'sources',
          key: 's1',
          before: { source: { id: 's1', title: 'Memo' } },
          after: null,
        },
      ],
    },
  ],
};

describe('parseChangesRange', () => {
  it('reads revision numbers', () => {
    expect(parseChangesRange({ from: '1', to: ['3', '9'] })).toEqual({ from: 1, to: 3, notes: [] });
  });
  it('ignores a value that is not a number, with a note', () => {
    const range = parseChangesRange({ from: 'yesterday' });
    expect(range.from).toBeUndefined();
    expect(range.notes).toEqual([
      '"from" must be a revision number (0 or more); "yesterday" was ignored.',
    ]);
  });
  it('ignores both ends when from is after to', () => {
    expect(parseChangesRange({ from: '5', to: '2' })).toEqual({
      from: undefined,
      to: undefined,
      notes: ['"from" (5) is after "to" (2); both were ignored.'],
    });
  });
});

describe('describeValue', () => {
  it("words a position's value, status and confidence", () => {
    expect(describeValue('positions', position(75, 'inferred', 'low'))).toBe(
      'value 75, inferred, low confidence',
    );
  });
  it("names a source by its title and a party by its name; none is '(none)'", () => {
    expect(describeValue('sources', { source: { id: 's', title: 'Memo' }, text: 'x' })).toBe(
      '"Memo"',
    );
    expect(describeValue('parties', { id: 'a', name: 'Alpha' })).toBe('Alpha');
    expect(describeValue('title', null)).toBe('(none)');
    expect(describeValue('summary', 'x'.repeat(300))).toBe(`${'x'.repeat(197)}...`);
  });
});

describe('changeLine', () => {
  it('tells added, changed and removed apart', () => {
    expect(changeLine({ part: 'title', key: '', before: null, after: 'T' }).action).toBe('added');
    expect(changeLine({ part: 'title', key: '', before: 'T', after: null })).toEqual({
      part: 'title',
      key: '',
      action: 'removed',
      before: 'T',
    });
    expect(changeLine({ part: 'title', key: '', before: 'T', after: 'U' })).toEqual({
      part: 'title',
      key: '',
      action: 'changed',
      before: 'T',
      after: 'U',
    });
  });
});

describe('formatTime', () => {
  it('words an ISO time in UTC, or a date alone', () => {
    expect(formatTime('2025-05-16T08:30:00.000Z')).toBe('16 May 2025, 08:30 UTC');
    expect(formatTime('2025-05-16')).toBe('16 May 2025');
  });
});

describe('changesView', () => {
  const now = new Date('2025-05-20T00:00:00.000Z');
  it('shows the last 30 days by default, newest first', () => {
    const view = changesView(record, parseChangesRange({}), now);
    if (view.home !== 'workspace') throw new Error('expected the workspace view');
    expect(view.revisions.map((r) => r.number)).toEqual([3, 2]);
    expect(view.heading).toBe('Changes in the last 30 days (since 20 April 2025)');
    expect(view.revisions[0]!.when).toBe('16 May 2025, 08:30 UTC');
    expect(view.revisions[0]!.lines[0]).toEqual({
      part: 'positions',
      key: 'a/tax/r1',
      action: 'changed',
      before: 'value 40, stated, high confidence',
      after: 'value 75, inferred, low confidence',
    });
  });
  it('shows the revisions after from, up to to', () => {
    const view = changesView(record, parseChangesRange({ from: '0', to: '1' }), now);
    if (view.home !== 'workspace') throw new Error('expected the workspace view');
    expect(view.revisions.map((r) => r.number)).toEqual([1]);
    expect(view.heading).toBe('Changes after revision 0, up to revision 1');
  });
  it('keeps the notes of a bad query and falls back to the default range', () => {
    const view = changesView(record, parseChangesRange({ from: '9', to: '1' }), now);
    expect(view.notes).toHaveLength(1);
    if (view.home !== 'workspace') throw new Error('expected the workspace view');
    expect(view.revisions.map((r) => r.number)).toEqual([3, 2]);
  });
  it('lists every CHANGES.md entry of a folder dataset, saying a range does not apply', () => {
    const view = changesView(
      { home: 'folder', entries: [{ date: '2025-05-16', version: 'abc', action: 'x', lines: [] }] },
      parseChangesRange({ from: '1' }),
      now,
    );
    if (view.home !== 'folder') throw new Error('expected the folder view');
    expect(view.entries[0]!.when).toBe('16 May 2025');
    expect(view.notes).toEqual([
      'A folder dataset has no revision numbers; every recorded change is shown.',
    ]);
  });
});

describe('changesCsv', () => {
  it('writes one row per edit, neutralising formula-like cells', () => {
    const csv = changesCsv(changesView(record, parseChangesRange({ from: '2' }), new Date()));
    expect(csv.split('\r\n')).toEqual([
      'revision,time,author,reason,action,part,key,before,after',
      '3,2025-05-16T08:30:00.000Z,cy,"\'=HYPERLINK(""x"")",changed,positions,a/tax/r1,"value 40, stated, high confidence","value 75, inferred, low confidence"',
      '3,2025-05-16T08:30:00.000Z,cy,"\'=HYPERLINK(""x"")",removed,sources,s1,"""Memo""",',
      '',
    ]);
  });
  it('writes one row per CHANGES.md line for a folder dataset', () => {
    const csv = changesCsv({
      home: 'folder',
      notes: [],
      entries: [
        {
          date: '2025-05-16',
          version: 'v1',
          action: 'updated in place (--into)',
          when: '16 May 2025',
          lines: [
            { text: 'positions: 1 added', nested: false },
            { text: '-1 removed', nested: true },
          ],
        },
      ],
    });
    expect(csv).toBe(
      'date,version,action,change\r\n' +
        '2025-05-16,v1,updated in place (--into),positions: 1 added\r\n' +
        '2025-05-16,v1,updated in place (--into),"\'-1 removed"\r\n',
    );
  });
});
