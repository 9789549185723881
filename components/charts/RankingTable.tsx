import type { RankingSeries } from '@/lib/charts/ranking';
import { GapFigure } from '@/components/GapFigure';
import { points } from '@/lib/wording/numbers';

/** The ranking's data as a table: issue, pair, how far apart (with the range gap), mean salience and weighted distance. */
export function RankingTable({ series }: { series: RankingSeries }) {
  return (
    <table className="data">
      <caption>
        {series.ranked > series.rows.length
          ? `The ${series.rows.length} issues furthest apart of ${series.ranked} ranked issues`
          : 'Issues by how far apart their widest pair is'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Issue</th>
          <th scope="col">Between</th>
          <th scope="col" className="num">
            Positions apart (of 100)
          </th>
          <th scope="col" className="num">
            Mean salience (1–5)
          </th>
          <th scope="col" className="num">
            Weighted distance
          </th>
        </tr>
      </thead>
      <tbody>
        {series.rows.map((r) => (
          <tr key={r.issue}>
            <td>{r.title}</td>
            <td>{r.pair}</td>
            <td className="num">
              <GapFigure gap={r} />
            </td>
            <td className="num">{r.meanSalience.toFixed(1)}</td>
            <td className="num">{points(r.weighted)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
