import type { ShiftSeries } from '@/lib/charts/shifts';

/** Each party's value at each round as a table; "no stated position" before its first, "(carried from …)" where no new coding. */
export function ShiftsTable({ series }: { series: ShiftSeries }) {
  return (
    <table className="data">
      <caption>{series.title}: position at each round</caption>
      <thead>
        <tr>
          <th scope="col">Round</th>
          {series.lines.map((line) => (
            <th scope="col" className="num" key={line.id}>
              {line.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.round}>
            <th scope="row">
              {p.dateText}: {p.label}
            </th>
            {series.lines.map((line) => (
              <td className="num" key={line.id}>
                {p.values[line.id] ?? <span className="muted">no stated position</span>}
                {p.carriedFrom[line.id] ? (
                  <span className="muted"> (carried from {p.carriedFrom[line.id]?.dateText})</span>
                ) : null}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
