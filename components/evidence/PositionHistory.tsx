import { TableScroll } from '@/components/TableScroll';
import { hasValue } from '@/lib/model';
import type { HistoryEntry } from '@/lib/pages/evidence';
import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { changeText } from '@/lib/wording/position';
import { PositionStatus } from './PositionStatus';
import styles from './PositionHistory.module.css';

/** A party's coding on one issue in every round, oldest first, with links to view each round. */
export function PositionHistory({ entries }: { entries: (HistoryEntry & { href: string })[] }) {
  return (
    <TableScroll>
      <table className={`data ${styles.table}`}>
        <caption>Position across rounds (oldest first)</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Value (of 100)
            </th>
            <th scope="col" className="num">
              Change
            </th>
            <th scope="col">Label</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(({ round, position, change, inForce, atTable, href }) => (
            <tr key={round.id}>
              <th scope="row" className={styles.round}>
                <a href={href}>{round.label}</a>
                <div className={`small muted ${styles.date}`}>
                  {formatDate(round.date)}
                  {inForce ? ' · in force in the round viewed' : ''}
                </div>
              </th>
              <td>
                <PositionStatus
                  kind={atTable ? (position?.status ?? 'not-coded') : 'not-at-table'}
                />
              </td>
              <td className="num">{hasValue(position) ? points(position.value) : '—'}</td>
              <td className="num">{changeText(change)}</td>
              <td>
                {position?.label ?? (
                  <span className="muted">
                    {atTable ? 'not coded in this round' : 'not at the table in this round'}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
