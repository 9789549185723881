import { buildMatrix } from '@/lib/matrix/model';
import { editingGridRows, movedPlace } from '@/lib/matrix/grid';
import { DEFAULT_VIEW } from '@/lib/url/query';
import { coded, dataset, silent, TWO_ROUNDS } from '../analysis/fixtures';

describe('editingGridRows', () => {
  const d = dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y'],
    rounds: TWO_ROUNDS,
    positions: [coded('a', 'x', 'r1', 10), coded('b', 'x', 'r2', 80), silent('a', 'y', 'r2')],
  });
  const rows = editingGridRows('talks', buildMatrix(d, DEFAULT_VIEW));
  const cell = (issue: string, party: string) =>
    rows.find((r) => r.issue === issue)!.cells.find((c) => c.party === party)!;

  it('keeps the read matrix order: furthest apart first', () => {
    expect(rows.map((r) => [r.issue, r.distance])).toEqual([
      ['x', 70],
      ['y', undefined],
    ]);
  });

  it('opens a coding in the round it was coded in, even when carried into the round viewed', () => {
    expect(cell('x', 'a')).toMatchObject({
      key: 'a/x/r1',
      value: 10,
      carriedFrom: expect.any(String),
      editHref: '/workspace/talks/positions/a/x/r1',
    });
    expect(cell('x', 'b')).toMatchObject({ key: 'b/x/r2', value: 80 });
    expect(cell('x', 'b').carriedFrom).toBeUndefined();
  });

  it('codes an empty cell in its own editor (at the round viewed), and names a silent one in words', () => {
    expect(cell('x', 'c')).toMatchObject({
      status: 'not-coded',
      key: undefined,
      editHref: '/workspace/talks/positions/c/x/r2',
    });
    expect(cell('x', 'c').description).toMatch(/Enter codes it\.$/);
    expect(cell('y', 'a')).toMatchObject({ status: 'none', key: 'a/y/r2' });
    expect(cell('y', 'a').description).toMatch(/Enter edits it\.$/);
  });

  it('marks each coding with its review state, in the cell and in its description', () => {
    const reviewed = editingGridRows(
      'talks',
      buildMatrix(d, DEFAULT_VIEW),
      new Map([
        ['a/x/r1', 'approved'],
        ['b/x/r2', 'challenged'],
      ]),
    );
    const x = reviewed.find((r) => r.issue === 'x')!;
    expect(x.cells.map((c) => c.review)).toEqual(['approved', 'challenged', undefined]);
    expect(x.cells[1]!.description).toMatch(/80 of 100\. Challenged\. Enter edits it\.$/);
    expect(cell('x', 'a').review).toBeUndefined();
  });
});

describe('movedPlace', () => {
  const size = { rows: 30, cols: 4 };
  it('moves by one with the arrows and stops at the edges', () => {
    expect(movedPlace({ row: 0, col: 1 }, 'ArrowRight', size)).toEqual({ row: 0, col: 2 });
    expect(movedPlace({ row: 0, col: 0 }, 'ArrowLeft', size)).toEqual({ row: 0, col: 0 });
    expect(movedPlace({ row: 0, col: 2 }, 'ArrowUp', size)).toEqual({ row: 0, col: 2 });
    expect(movedPlace({ row: 29, col: 3 }, 'ArrowDown', size)).toEqual({ row: 29, col: 3 });
  });

  it('goes to the row’s ends with Home/End, the grid’s corners with Ctrl, ten rows with Page keys', () => {
    expect(movedPlace({ row: 5, col: 2 }, 'Home', size)).toEqual({ row: 5, col: 0 });
    expect(movedPlace({ row: 5, col: 2 }, 'End', size)).toEqual({ row: 5, col: 3 });
    expect(movedPlace({ row: 5, col: 2 }, 'End', size, true)).toEqual({ row: 29, col: 3 });
    expect(movedPlace({ row: 5, col: 2 }, 'Home', size, true)).toEqual({ row: 0, col: 0 });
    expect(movedPlace({ row: 5, col: 2 }, 'PageDown', size)).toEqual({ row: 15, col: 2 });
    expect(movedPlace({ row: 5, col: 2 }, 'PageUp', size)).toEqual({ row: 0, col: 2 });
  });

  it('leaves other keys alone (Tab leaves the grid, Enter follows the link)', () => {
    expect(movedPlace({ row: 1, col: 1 }, 'Tab', size)).toBeUndefined();
    expect(movedPlace({ row: 1, col: 1 }, 'Enter', size)).toBeUndefined();
  });
});
