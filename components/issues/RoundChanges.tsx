import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import type { Shift, ValueSeries } from '@/lib/analysis';
import type { Round } from '@/lib/model';
import type { PartyStyle } from '@/lib/style/palette';
import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { caveatedPoints, deltaText } from '@/lib/wording/position';

/** How the chosen parties' values on an issue moved across rounds: a value table and the list of moves. */
export function RoundChanges({
  rounds,
  series,
  shifts,
  names,
  styles,
}: {
  rounds: readonly Round[];
  series: readonly ValueSeries[];
  shifts: readonly Shift[];
  names: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, PartyStyle>;
}) {
  if (series.length === 0)
    return <p className="muted">None of the chosen parties has a value on this issue yet.</p>;
  return (
    <>
      <TableScroll>
        <table className="data">
          <caption>Value in force at each round (of 100; carried forward until re-coded)</caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              {rounds.map((round) => (
                <th key={round.id} scope="col" className="num">
                  {formatDate(round.date)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((row) => (
              <tr key={row.party}>
                <th scope="row">
                  <PartyName
                    name={names.get(row.party) ?? row.party}
                    style={styles.get(row.party)}
                  />
                </th>
                {row.points.map((point) => (
                  <td key={point.round.id} className="num">
                    {point.absent ? (
                      <span className="muted">not at the table</span>
                    ) : point.withdrawn ? (
                      <span className="muted">withdrawn</span>
                    ) : point.value === undefined ? (
                      <span className="muted" title="no stated position yet">
                        –
                      </span>
                    ) : (
                      points(point.value)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {shifts.length === 0 ? (
        <p className="small muted">
          No party was coded with a value in more than one round on this issue, so no move can be
          measured.
        </p>
      ) : (
        <ul className="small">
          {shifts.map((shift) => (
            <li key={`${shift.party}-${shift.to.id}`}>
              <DataText>{names.get(shift.party) ?? shift.party}</DataText>:{' '}
              {caveatedPoints(shift.fromValue, shift.fromBasis)} →{' '}
              {caveatedPoints(shift.toValue, shift.toBasis)} ({deltaText(shift.delta)}) between{' '}
              {formatDate(shift.from.date)} and {formatDate(shift.to.date)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
