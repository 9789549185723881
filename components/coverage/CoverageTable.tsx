import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import type { Coverage } from '@/lib/analysis';
import type { PartyStyle } from '@/lib/style/palette';
import { evidenceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { coverageCellText } from '@/lib/wording/status';
import styles from './CoverageTable.module.css';

/** Which party-round has coded which issue: one row per party × round, a column per issue, each cell in words. */
export function CoverageTable({
  datasetId,
  coverage,
  names,
  issueTitles,
  colours,
}: {
  datasetId: string;
  coverage: Coverage;
  names: ReadonlyMap<string, string>;
  issueTitles: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, PartyStyle>;
}) {
  return (
    <TableScroll>
      <table className={`data ${styles.table}`}>
        <caption>Coverage: each party in each round, by issue</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Party</th>
            {coverage.issues.map((issue) => (
              <th scope="col" key={issue}>
                <DataText>{issueTitles.get(issue) ?? issue}</DataText>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={`${row.round.id}-${row.party}`}>
              <td className={styles.round}>
                <DataText>{row.round.label}</DataText>
                <div className="small muted">{formatDate(row.round.date)}</div>
              </td>
              <th scope="row">
                <PartyName name={names.get(row.party) ?? row.party} style={colours.get(row.party)} />
              </th>
              {row.cells.map((cell) => (
                <td key={cell.issue} className={styles[cell.state]}>
                  {cell.state === 'not-coded' || cell.state === 'not-at-table' ? (
                    coverageCellText(cell)
                  ) : (
                    <a
                      href={evidenceHref(
                        datasetId,
                        cell.issue,
                        row.party,
                        `?round=${encodeURIComponent(row.round.id)}`,
                      )}
                    >
                      {coverageCellText(cell)}
                    </a>
                  )}
                  {cell.confidence && cell.confidence !== 'unstated' ? (
                    <div className="small muted">{cell.confidence} confidence</div>
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
