import type { StripSeries } from '@/lib/charts/strip';

/** The strips' data as a table: per issue, each party's value, acceptable range and confidence; "no stated position" where silent. */
export function StripTable({
  strips,
  caption,
}: {
  strips: readonly StripSeries[];
  caption: string;
}) {
  const many = strips.length > 1;
  return (
    <table className="data">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {many ? <th scope="col">Issue</th> : null}
          <th scope="col">Party</th>
          <th scope="col" className="num">
            Position (0–100)
          </th>
          <th scope="col">Could accept</th>
          <th scope="col">Position</th>
          <th scope="col">Confidence</th>
          <th scope="col">Gap or zone</th>
        </tr>
      </thead>
      <tbody>
        {strips.flatMap((s) => [
          ...s.markers.map((m, i) => (
            <tr key={`${s.issue}-${m.party}`}>
              {many ? <td>{i === 0 ? s.title : ''}</td> : null}
              <td>{m.name}</td>
              <td className="num">{m.value}</td>
              <td>{m.range ? `${m.range.min}–${m.range.max}` : ''}</td>
              <td>
                {m.label}
                {m.status === 'inferred' ? ' (inferred)' : ''}
              </td>
              <td>{m.confidence}</td>
              <td>{i === 0 ? (s.gap?.text ?? s.note?.text ?? '') : ''}</td>
            </tr>
          )),
          ...s.silent.map((p, i) => (
            <tr key={`${s.issue}-${p.party}`}>
              {many ? <td>{s.markers.length === 0 && i === 0 ? s.title : ''}</td> : null}
              <td>{p.name}</td>
              <td className="num muted">–</td>
              <td></td>
              <td className="muted">no stated position</td>
              <td></td>
              <td>{s.markers.length === 0 && i === 0 ? (s.note?.text ?? '') : ''}</td>
            </tr>
          )),
        ])}
      </tbody>
    </table>
  );
}
