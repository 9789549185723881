import { changesSlides } from '@/lib/brief/changes';
import type { Dataset } from '@/lib/model';
import type { ChangeRecord } from '@/lib/pages/changes';
import { changesSince, itemNamer, sinceLine } from '@/lib/pages/changesSince';
import { missingVersionView, oldVersionView } from '@/lib/pages/version';
import { DEFAULT_VIEW, keptQuery, parseViewState, toQueryString } from '@/lib/url/query';
import { pairHref, quoteHref, sourceHref } from '@/lib/url/routes';

const dataset = {
  id: 'talks',
  parties: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
  ],
  issues: [{ id: 'tax', title: 'Tax' }],
  rounds: [
    { id: 'r1', label: 'Round one', date: '2025-05-10' },
    { id: 'r2', label: 'Round two', date: '2025-05-16' },
  ],
} as unknown as Dataset;

const pos = (value: number) => ({ party: 'a', issue: 'tax', round: 'r1', status: 'stated', value });

const workspace: ChangeRecord = {
  home: 'workspace',
  latest: 4,
  revisions: [
    { number: 1, author: 'ana', time: '2025-04-01T09:00:00.000Z', reason: 'import', edits: [] },
    {
      number: 2,
      author: 'ben',
      time: '2025-05-10T14:03:00.000Z',
      reason: 'coded round one',
      edits: [{ part: 'positions', key: 'a/tax/r1', before: null, after: pos(40) }],
    },
    {
      number: 3,
      author: 'ana',
      time: '2025-05-12T08:00:00.000Z',
      reason: 'recoded',
      edits: [{ part: 'positions', key: 'a/tax/r1', before: pos(40), after: pos(55) }],
    },
    {
      number: 4,
      author: 'cy',
      time: '2025-05-20T08:00:00.000Z',
      reason: '',
      edits: [{ part: 'title', key: '', before: 'Old', after: 'New' }],
    },
  ],
};

describe('?version= and ?since= in the view state', () => {
  it('reads both as plain short tokens, and drops anything else', () => {
    expect(parseViewState({ version: ' r3 ', since: '2025-05-11' }, dataset).state).toEqual({
      ...DEFAULT_VIEW,
      version: 'r3',
      since: '2025-05-11',
    });
    const odd = parseViewState({ version: '3<script>', since: 'x'.repeat(65) }, dataset).state;
    expect(odd.version).toBeUndefined();
    expect(odd.since).toBeUndefined();
  });

  it('keeps the version on every link built from the state', () => {
    expect(toQueryString({ ...DEFAULT_VIEW, sort: 'title', version: '3' })).toBe(
      '?sort=title&version=3',
    );
    expect(keptQuery({ version: '3' })).toBe('?version=3');
    expect(keptQuery({})).toBe('');
    expect(pairHref(dataset, 'a', 'b', { round: 'r1', version: '3' })).toBe(
      '/talks/compare/a/b?round=r1&version=3',
    );
    expect(pairHref(dataset, 'a', 'b', { round: 'r2' })).toBe('/talks/compare/a/b');
    expect(sourceHref('talks', 'memo', '?version=3')).toBe('/talks/sources/memo?version=3');
    expect(quoteHref('talks', 'memo', 'We agree.', '?version=3')).toMatch(
      /^\/talks\/sources\/memo\?version=3&passage=q-memo-[0-9a-f]{8}#/,
    );
  });
});

describe('the old-version notice', () => {
  it('names the revision, who saved it, when and why, and the latest', () => {
    const view = oldVersionView('talks', 'r2-1a2b3c4d', 'r4-99887766', {
      number: 2,
      author: 'ben',
      time: '2025-05-10T14:03:00.000Z',
      reason: 'coded round one',
    });
    expect(view.heading).toBe('Old version: revision 2 (r2-1a2b3c4d)');
    expect(view.detail).toBe(
      'Saved 10 May 2025, 14:03 UTC by ben ("coded round one"). Everything on this page is as it stood in that version; the latest version is r4-99887766.',
    );
    expect(view.latestHref).toBe('/talks');
    expect(view.changesHref).toBe('/talks/changes?from=2');
    expect(view.stamp).toBe('Old version r2-1a2b3c4d (latest r4-99887766)');
  });

  it('explains a version the dataset does not have, by where it lives', () => {
    expect(missingVersionView('talks', '9', 'r4-99887766', 'workspace')).toMatchObject({
      heading: 'This dataset has no version "9"',
      detail: expect.stringContaining('from 1 up to the latest, r4-99887766'),
    });
    expect(missingVersionView('talks', '9', '1a2b3c4d', 'folder').detail).toContain(
      'keeps only its current version (1a2b3c4d)',
    );
  });
});

describe('changesSince', () => {
  const name = itemNamer(dataset);

  it('names a position by party, issue and round', () => {
    expect(name('positions', 'a/tax/r1')).toBe('Alpha · Tax · Round one');
    expect(name('parties', 'b')).toBe('Beta');
    expect(name('positions', 'zz/tax/r9')).toBe('zz · Tax · r9');
  });

  it('after a revision number: the later revisions, oldest first, up to the one shown', () => {
    const since = changesSince(workspace, '2', 3, name);
    expect(since).toEqual({
      label: 'revision 2',
      groups: [
        {
          heading: 'Revision 3 · 12 May 2025, 08:00 UTC · ana: recoded',
          lines: ['Changed position Alpha · Tax · Round one: value 40, stated → value 55, stated'],
        },
      ],
    });
    expect(changesSince(workspace, 'r2', undefined, name)).toMatchObject({
      groups: [
        { heading: expect.stringMatching(/^Revision 3/) },
        { heading: 'Revision 4 · 20 May 2025, 08:00 UTC · cy' },
      ],
    });
  });

  it('since a date: the revisions made on or after it', () => {
    const since = changesSince(workspace, '2025-05-10', undefined, name);
    expect('groups' in since && since.groups.map((g) => g.heading.split(' ·')[0])).toEqual([
      'Revision 2',
      'Revision 3',
      'Revision 4',
    ]);
    expect(since).toMatchObject({ label: '10 May 2025' });
    const month = changesSince(workspace, '2025-06', undefined, name);
    expect(month).toEqual({ label: 'June 2025', groups: [] });
  });

  it('refuses what is neither a date nor a version, saying which', () => {
    expect(changesSince(workspace, 'last-week', undefined, name)).toEqual({
      refused: '"since" must be a date (YYYY-MM-DD) or a revision number; "last-week" was ignored.',
    });
  });

  it('for a folder dataset: the CHANGES.md entries after a version or since a date', () => {
    const folder: ChangeRecord = {
      home: 'folder',
      entries: [
        {
          date: '2025-05-20',
          version: 'cccccccc',
          action: 'updated',
          lines: [{ text: 'positions: 0 added, 1 changed', nested: false }],
        },
        { date: '2025-05-12', version: 'bbbbbbbb', action: 'updated', lines: [] },
        { date: '2025-05-01', version: 'aaaaaaaa', action: 'created', lines: [] },
      ],
    };
    const after = changesSince(folder, 'aaaaaaaa', undefined);
    expect('groups' in after && after.groups.map((g) => g.heading)).toEqual([
      '12 May 2025 · version bbbbbbbb: updated',
      '20 May 2025 · version cccccccc: updated',
    ]);
    const since = changesSince(folder, '2025-05-13', undefined);
    expect(since).toMatchObject({ groups: [{ lines: ['positions: 0 added, 1 changed'] }] });
    expect(changesSince(folder, 'dddddddd', undefined)).toHaveProperty('refused');
  });

  it('words removals and scalar parts', () => {
    expect(sinceLine({ action: 'removed', part: 'parties', key: 'b', before: 'Beta' }, name)).toBe(
      'Removed party Beta: Beta',
    );
    expect(
      sinceLine({ action: 'changed', part: 'asOf', key: '', before: 'a', after: 'b' }, name),
    ).toBe('Changed as-of date: a → b');
  });
});

describe('the "What changed since" slides', () => {
  it('lists up to six changes a revision and counts the rest', () => {
    const lines = Array.from({ length: 9 }, (_, i) => `change ${i + 1}`);
    const [slide, ...rest] = changesSlides(
      { label: 'revision 1', groups: [{ heading: 'Revision 2', lines }] },
      '/talks/changes?from=1',
    );
    expect(rest).toEqual([]);
    expect(slide).toMatchObject({
      kind: 'changes',
      heading: 'What changed since revision 1',
      groups: [{ heading: 'Revision 2', lines: lines.slice(0, 6), more: 3 }],
      href: '/talks/changes?from=1',
    });
  });

  it('continues on further slides, and says so when nothing changed', () => {
    const groups = Array.from({ length: 12 }, (_, i) => ({
      heading: `Revision ${i + 2}`,
      lines: ['one change'],
    }));
    const slides = changesSlides({ label: '1 May 2025', groups }, '/talks/changes');
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[1]!.heading).toBe('What changed since 1 May 2025 (continued)');
    expect(slides.flatMap((s) => s.groups).map((g) => g.heading)).toEqual(
      groups.map((g) => g.heading),
    );
    const [empty] = changesSlides({ label: '1 May 2025', groups: [] }, '/talks/changes');
    expect(empty).toMatchObject({
      groups: [],
      empty: 'No changes were recorded since 1 May 2025.',
    });
  });
});
