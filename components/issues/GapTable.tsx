import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import type { PairGap } from '@/lib/analysis';
import type { PartyStyle } from '@/lib/style/palette';
import { points } from '@/lib/wording/numbers';
import { intervalText } from '@/lib/wording/position';

/** Every pair of known positions on an issue with its gap and, where ranges meet, their overlap. */
export function GapTable({
  gaps,
  names,
  styles,
}: {
  gaps: readonly PairGap[];
  names: ReadonlyMap<string, string>;
  styles: ReadonlyMap<string, PartyStyle>;
}) {
  if (gaps.length === 0)
    return (
      <p className="muted">
        No gap: fewer than two of the chosen parties have a position on this issue.
      </p>
    );
  return (
    <TableScroll>
      <table className="data">
        <caption>Pairwise gaps, widest first</caption>
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col" className="num">
              Gap (of 100)
            </th>
            <th scope="col" className="num">
              Distance between values
            </th>
            <th scope="col">Overlap of acceptable ranges</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={`${gap.a}-${gap.b}`}>
              <td>
                <PartyName name={names.get(gap.a) ?? gap.a} style={styles.get(gap.a)} /> and{' '}
                <PartyName name={names.get(gap.b) ?? gap.b} style={styles.get(gap.b)} />
              </td>
              <td className="num">{points(gap.gap)}</td>
              <td className="num">{points(gap.valueDistance)}</td>
              <td>
                {gap.overlap ? intervalText(gap.overlap) : <span className="muted">none</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
