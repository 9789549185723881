import type { RankingSeries } from '@/lib/charts/ranking';
import { points } from '@/lib/wording/numbers';

/** The ranking's data as a table: issue, pair, widest gap, mean salience and weighted gap. */
export function RankingTable({ series }: { series: RankingSeries }) {
  return (
    <table className="data">
      <caption>
        {series.ranked > series.rows.length
          ? `The ${series.rows.length} widest gaps of ${series.ranked} ranked issues`
          : 'Issues by widest gap'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Issue</th>
          <th scope="col">Between</th>
          <th scope="col" className="num">
            Widest gap (of 100)
          </th>
          <th scope="col" className="num">
            Mean salience (1–5)
          </th>
          <th scope="col" className="num">
            Weighted gap
          </th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.issue}>
            <td>{r.title}</td>
            <td>{r.pair}</td>
            <td className="num">{points(r.gap)}</td>
            <td className="num">{r.meanSalience.toFixed(1)}</td>
            <td className="num">{points(r.weighted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
