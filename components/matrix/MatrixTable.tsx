import Link from 'next/link';
import { PartyName } from '@/components/PartyName';
import { polesAnchor } from '@/lib/matrix/cell';
import type { MatrixColumn } from '@/lib/matrix/model';
import type { MatrixRow } from '@/lib/matrix/table';
import { issueHref } from '@/lib/url/routes';
import { gapText } from '@/lib/wording/gap';
import { MatrixCell } from './MatrixCell';
import styles from './MatrixTable.module.css';

/** The side-by-side table: issues as rows (a sticky first column), parties as columns (a sticky header). */
export function MatrixTable({
  datasetId,
  caption,
  columns,
  rows,
}: {
  datasetId: string;
  caption: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
}) {
  return (
    <div
      id="matrix-table"
      className={styles.scroller}
      role="region"
      aria-label="Position matrix (scrolls sideways)"
      tabIndex={0}
    >
      <table className={styles.table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.corner}>
              Issue
            </th>
            {columns.map(({ party, style, atTable }) => (
              <th key={party.id} scope="col" title={party.name}>
                <PartyName name={party.shortName} style={style} />
                {atTable ? null : <div className={styles.absent}>not at the table</div>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.issue.id}>
              <th scope="row">
                <Link className={styles.issueTitle} href={issueHref(datasetId, row.issue.id)}>
                  <bdi>{row.issue.title}</bdi>
                </Link>
                <div className={styles.question} dir="auto">
                  {row.issue.question}
                </div>
                {/* Each pole isolated, so right-to-left words keep their order beside "0 =". */}
                <div className={styles.poles} id={polesAnchor(row.issue.id)}>
                  0 = <bdi>{row.issue.scale.zero}</bdi>; 100 = <bdi>{row.issue.scale.hundred}</bdi>
                </div>
                {row.disagreement.kind === 'gap' ? (
                  <div className={styles.gap}>
                    Furthest apart: {row.disagreement.aName} vs {row.disagreement.bName},{' '}
                    <span className={styles.gapValue}>{gapText(row.disagreement)}</span>
                  </div>
                ) : (
                  <div className={styles.noGap}>
                    {row.disagreement.kind === 'one-side'
                      ? `Only one side known (${row.disagreement.partyName})`
                      : 'No stated positions'}
                  </div>
                )}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.party} id={cell.anchor}>
                  <MatrixCell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
