'use client';

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_includesString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { movedPlace, type GridPlace, type GridRow } from '@/lib/matrix/grid';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import styles from './EditingGrid.module.css';

const features = tableFeatures({
  columnFilteringFeature,
  rowSortingFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
});

const helper = createColumnHelper<typeof features, GridRow>();
const columns = helper.columns([
  helper.accessor((row) => row.title, { id: 'title', sortFn: 'alphanumeric' }),
  helper.accessor((row) => row.distance, { id: 'gap', sortFn: 'basic', sortUndefined: 'last' }),
  helper.accessor((row) => row.salience, {
    id: 'salience',
    sortFn: 'basic',
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.searchText, { id: 'text', filterFn: 'includesString' }),
]);

/** The sort orders the read matrix offers, with its tie-breaks. */
const SORTS: Record<string, { label: string; sorting: SortingState }> = {
  gap: {
    label: 'Furthest apart',
    sorting: [
      { id: 'gap', desc: true },
      { id: 'title', desc: false },
    ],
  },
  salience: {
    label: 'Salience',
    sorting: [
      { id: 'salience', desc: true },
      { id: 'title', desc: false },
    ],
  },
  title: { label: 'Title', sorting: [{ id: 'title', desc: false }] },
};

/**
 * The matrix in edit mode: a client table (TanStack Table) of issues × parties. One cell takes the
 * focus at a time (arrows, Home/End, PageUp/PageDown move it; Tab leaves the grid); Enter or a
 * click opens that cell's editor. Sort and filter like the read view.
 */
export function EditingGrid({
  rows,
  parties,
  caption,
}: {
  rows: GridRow[];
  parties: { id: string; name: string }[];
  caption: string;
}) {
  const [sort, setSort] = useState('gap');
  const [filter, setFilter] = useState('');
  const [place, setPlace] = useState<GridPlace>({ row: 0, col: 1 });
  const cells = useRef(new Map<string, HTMLElement>());
  const sorting = SORTS[sort]?.sorting ?? [];
  const columnFilters = useMemo(
    () => (filter.trim() ? [{ id: 'text', value: filter.trim() }] : []),
    [filter],
  );
  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.issue,
    state: { sorting, columnFilters },
  });
  const shown = table.getRowModel().rows.map((r) => r.original);
  const size = { rows: shown.length, cols: parties.length + 1 };
  const at = {
    row: Math.min(place.row, Math.max(shown.length - 1, 0)),
    col: Math.min(place.col, parties.length),
  };

  const focusAt = (next: GridPlace) => {
    setPlace(next);
    cells.current.get(`${next.row}:${next.col}`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const next = movedPlace(at, event.key, size, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    focusAt(next);
  };

  return (
    <div>
      <div className={styles.controls}>
        <label>
          Filter{' '}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="issue or position"
          />
        </label>
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value)}>
            {Object.entries(SORTS).map(([id, s]) => (
              <option key={id} value={id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <span className="small muted" aria-live="polite">
          {shown.length} of {rows.length} {rows.length === 1 ? 'issue' : 'issues'}
        </span>
      </div>
      <div className={styles.scroll}>
        <table role="grid" className={`data ${styles.grid}`} onKeyDown={onKeyDown}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              {parties.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, r) => (
              <tr key={row.issue}>
                <th
                  scope="row"
                  tabIndex={at.row === r && at.col === 0 ? 0 : -1}
                  ref={(el) => {
                    if (el) cells.current.set(`${r}:0`, el);
                  }}
                  onFocus={() => setPlace({ row: r, col: 0 })}
                >
                  {row.title}
                </th>
                {row.cells.map((cell, c) => (
                  <td key={cell.party} className={styles[cell.status] ?? ''}>
                    <CellLink
                      href={cell.status === 'not-at-table' ? undefined : cell.editHref}
                      tabIndex={at.row === r && at.col === c + 1 ? 0 : -1}
                      label={cell.description}
                      setRef={(el) => {
                        if (el) cells.current.set(`${r}:${c + 1}`, el);
                      }}
                      onFocus={() => setPlace({ row: r, col: c + 1 })}
                    >
                      <span className={styles.text}>{cell.text}</span>
                      {cell.value !== undefined ? (
                        <span className={styles.value}>{cell.value}</span>
                      ) : null}
                      {cell.carriedFrom ? (
                        <span className="small muted"> from {cell.carriedFrom}</span>
                      ) : null}
                      {cell.review ? (
                        <span className={`small ${styles.review} ${styles[cell.review] ?? ''}`}>
                          {REVIEW_STATE_WORDS[cell.review]}
                        </span>
                      ) : null}
                    </CellLink>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A cell's focus target: a link to its editor, or, for a party not at the table, plain text. */
function CellLink({
  href,
  tabIndex,
  label,
  setRef,
  onFocus,
  children,
}: {
  href?: string;
  tabIndex: number;
  label: string;
  setRef: (el: HTMLElement | null) => void;
  onFocus: () => void;
  children: ReactNode;
}) {
  if (href === undefined)
    return (
      <span
        className={styles.fixed}
        tabIndex={tabIndex}
        ref={setRef}
        onFocus={onFocus}
        title={label}
      >
        {children}
      </span>
    );
  return (
    <a href={href} tabIndex={tabIndex} aria-label={label} ref={setRef} onFocus={onFocus}>
      {children}
    </a>
  );
}
