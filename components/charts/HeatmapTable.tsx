import type { HeatmapSeries } from '@/lib/charts/heatmap';

/** The alignment grid as a table; blank where a pair has nothing comparable. */
export function HeatmapTable({ series }: { series: HeatmapSeries }) {
  return (
    <table className="data">
      <caption>Alignment (0–100) and issues compared, per pair</caption>
      <thead>
        <tr>
          <td></td>
          {series.parties.map((p) => (
            <th scope="col" key={p.id}>
              {p.shortName}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.rows.map((row, i) => (
          <tr key={series.parties[i]?.id}>
            <th scope="row">{series.parties[i]?.name}</th>
            {row.map((cell) => (
              <td key={cell.b} className={cell.self ? 'muted' : undefined}>
                {cell.self ? '—' : cell.score === undefined ? '' : cell.text}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
