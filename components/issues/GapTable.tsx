import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import type { PairGap } from '@/lib/analysis';
import type { PartyStyle } from '@/lib/style/palette';
import { points } from '@/lib/wording/numbers';
import { rangeGapText } from '@/lib/wording/gap';
import { intervalText } from '@/lib/wording/position';

/** Every pair of known positions on an issue: how far apart the positions are, and where ranges are given how far apart the ranges are and where they overlap. */
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
        <caption>Every pair, furthest apart first</caption>
        <thead>
          <tr>
            <th scope="col">Between</th>
            <th scope="col" className="num">
              Positions apart (of 100)
            </th>
            <th scope="col" className="num">
              Acceptable ranges apart (of 100)
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
              <td className="num">{points(gap.distance)}</td>
              <td className="num">
                {gap.ranged ? (
                  points(gap.rangeGap)
                ) : (
                  <span className="muted small">no range given</span>
                )}
              </td>
              <td>
                {gap.overlap ? (
                  intervalText(gap.overlap)
                ) : (
                  <span className="muted">{gap.ranged ? rangeGapText(gap.rangeGap) : 'none'}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
