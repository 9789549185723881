/** @jest-environment jsdom */
import { fireEvent, render } from '@testing-library/react';
import { EditingGrid } from '@/components/coding/EditingGrid';
import type { GridRow } from '@/lib/matrix/grid';

const cell = (party: string, text: string, value?: number) => ({
  party,
  status: value === undefined ? ('not-coded' as const) : ('stated' as const),
  text,
  ...(value === undefined ? {} : { value, key: `${party}/x/r1` }),
  editHref: `/workspace/t/positions/${party}`,
  description: `${party}: ${text}`,
});
const rows: GridRow[] = [
  {
    issue: 'near',
    title: 'Near',
    distance: 10,
    known: 2,
    searchText: 'near ceasefire',
    cells: [cell('a', 'A near', 40), cell('b', 'B near', 50)],
  },
  {
    issue: 'far',
    title: 'Far',
    distance: 90,
    known: 2,
    searchText: 'far territory',
    cells: [cell('a', 'A far', 0), cell('b', 'Not coded')],
  },
];
const parties = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Beta' },
];

function grid() {
  return render(<EditingGrid rows={rows} parties={parties} caption="Test grid" />).container;
}
const rowTitles = (c: HTMLElement) =>
  [...c.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);

describe('EditingGrid', () => {
  it('sorts furthest apart first, by title on request, and filters by text', () => {
    const c = grid();
    expect(rowTitles(c)).toEqual(['Far', 'Near']);
    fireEvent.change(c.querySelector('select')!, { target: { value: 'title' } });
    expect(rowTitles(c)).toEqual(['Far', 'Near'].sort());
    fireEvent.change(c.querySelector('input[type="search"]')!, { target: { value: 'ceasefire' } });
    expect(rowTitles(c)).toEqual(['Near']);
    expect(c.textContent).toMatch(/1 of 2 issues/);
  });

  it('has one cell in the tab order, and the arrows move it', () => {
    const c = grid();
    const focusable = () => [...c.querySelectorAll('[tabindex="0"]')];
    expect(focusable()).toHaveLength(1);
    expect(focusable()[0]!.getAttribute('aria-label')).toBe('a: A far');
    fireEvent.keyDown(c.querySelector('table')!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('b: Not coded');
    fireEvent.keyDown(c.querySelector('table')!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('b: B near');
    expect(focusable()).toHaveLength(1);
    // Enter follows the cell's link to its editor.
    expect((document.activeElement as HTMLAnchorElement).getAttribute('href')).toBe(
      '/workspace/t/positions/b',
    );
  });
});
